package vn.bhxh.tracker.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/** Each role's home page opens the same way (home/_parts :: top): greeting, unit for a leader, month now due, purpose. */
@IntegrationTest
class HomePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ReportingPeriods periods;

    @Test
    void aUnitLeaderIsGreetedWithTheirUnitAndTheMonthNowDue() throws Exception {
        assertThat(home("badinh")).contains("data-testid=\"home-unit-leader\"", "Xin chào, Phạm Thị Lan",
                "Đơn vị: BHXH cơ sở Ba Đình", monthLine(), "Hằng tháng, người đứng đầu và cấp phó tự đánh giá");
    }

    @Test
    void aProvincialDirectorReadsWhatTheyFollow() throws Exception {
        assertThat(home("hanoi")).contains("data-testid=\"home-province-director\"", "Xin chào, Lê Văn Hùng", monthLine(),
                "Bạn theo dõi việc thực hiện Chỉ thị tại BHXH thành phố Hà Nội").doesNotContain("Đơn vị: BHXH");
    }

    @Test
    void theReviewerAndTheExecutiveSeeTheMonthNowDue() throws Exception {
        assertThat(home("tccb")).contains("data-testid=\"home-reviewer\"", "Xin chào, Nguyễn Thị Thu Hà", monthLine(),
                "Ban Tổ chức cán bộ chủ trì theo dõi");
        assertThat(home("tgd")).contains("data-testid=\"home-executive\"", "Xin chào, Trần Văn Minh", monthLine(),
                "Tổng quan toàn Ngành");
    }

    @Test
    void theAdministratorHasNoMonth() throws Exception {
        assertThat(home("admin")).contains("data-testid=\"home-admin\"", "Xin chào, Quản trị hệ thống",
                "Quản lý danh mục đơn vị").doesNotContain("Kỳ báo cáo hiện tại");
    }

    @Test
    void eachRoleSeesOnlyItsOwnEntriesInTheHeaderMenu() throws Exception {
        assertThat(home("badinh")).contains("href=\"/my-unit/reports\"", "href=\"/checklist\"", "Phạm Thị Lan")
                .doesNotContain("href=\"/review\"", "href=\"/dashboard\"", "href=\"/admin/users\"", "href=\"/province/reports\"");
        // the director also leads the provincial office itself
        assertThat(home("hanoi")).contains("href=\"/province/reports\"", "href=\"/dashboard\"", "href=\"/my-unit/reports\"")
                .doesNotContain("href=\"/review\"", "href=\"/reminders\"", "href=\"/admin/users\"");
        assertThat(home("tccb")).contains("href=\"/review\"", "href=\"/reminders\"", "href=\"/dashboard\"")
                .doesNotContain("href=\"/admin/units\"");
        assertThat(home("tgd")).contains("href=\"/dashboard\"").doesNotContain("href=\"/review\"");
        assertThat(home("admin")).contains("href=\"/admin/units\"", "href=\"/admin/users\"").doesNotContain("href=\"/dashboard\"");
    }

    @Test
    void theSignInPageHasNoMenuAndNoSignOut() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("navbar-nav", "data-testid=\"current-user\"", "action=\"/logout\"");
    }

    private String monthLine() {
        return "Kỳ báo cáo hiện tại: tháng " + periods.currentMonth().format(DateTimeFormatter.ofPattern("MM/yyyy"));
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(demo.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
