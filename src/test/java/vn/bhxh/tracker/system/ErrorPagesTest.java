package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.ServerTest;
import vn.bhxh.tracker.support.Visitor;

/**
 * Every error page is the one page of fragments/errorPage, as the servlet container's error dispatch
 * renders it: the layout, its status's title and message, a way home.
 */
@ServerTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aReportThatDoesNotExistAnswersTheNotFoundPage() {
        HttpResponse<String> response = signedIn("tccb").get(port, "/reports/987654321", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("data-testid=\"error-404\"", "<title>Không tìm thấy trang · ",
                "<h1 class=\"h3\">Không tìm thấy trang</h1>", "Trang hoặc bản ghi bạn tìm không tồn tại",
                "Về trang chủ", "app-header").doesNotContain("refused-text", "malformed-month");
    }

    @Test
    void anErrorPageKeepsTheSignedInUsersMenu() {
        assertThat(signedIn("tccb").get(port, "/reports/987654321", "Accept", "text/html").body())
                .contains("navbar-nav", "data-testid=\"current-user\"", "href=\"/review\"", "action=\"/logout\"");
        assertThat(signedIn("badinh").get(port, "/admin/users", "Accept", "text/html").body())
                .contains("navbar-nav", "href=\"/my-unit/reports\"").doesNotContain("href=\"/review\"");
    }

    @Test
    void aPageOfAnotherRoleAnswersTheForbiddenPage() {
        HttpResponse<String> response = signedIn("badinh").get(port, "/admin/users", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("data-testid=\"error-403\"", "<h1 class=\"h3\">Không có quyền truy cập</h1>");
    }

    @Test
    void aMalformedMonthAnswersTheBadRequestPageNamingIt() {
        HttpResponse<String> response = signedIn("tccb").get(port, "/dashboard?month=2025-13", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("data-testid=\"error-400\"", "<h1 class=\"h3\">Yêu cầu không hợp lệ</h1>",
                "data-testid=\"malformed-month\"", "2025-13");
    }

    @Test
    void theEnglishPageSaysTheSameInEnglish() {
        HttpResponse<String> response = signedIn("tccb").get(port, "/reports/987654321", "Accept", "text/html",
                "Cookie", "tracker-lang=en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("data-testid=\"error-404\"", "<html lang=\"en\">")
                .doesNotContain("Không tìm thấy trang");
    }

    /** A browser's request asks for HTML; without it the container answers JSON. */
    private Visitor signedIn(String username) {
        Visitor visitor = new Visitor();
        visitor.signIn(port, username, DemoUsers.PASSWORD);
        return visitor;
    }
}
