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
                "Đơn vị: BHXH quận Ba Đình", monthLine(), "Hằng tháng, người đứng đầu và cấp phó tự đánh giá");
    }

    @Test
    void aProvincialDirectorReadsWhatTheyFollow() throws Exception {
        assertThat(home("hanoi")).contains("data-testid=\"home-province-director\"", "Xin chào, Lê Văn Hùng", monthLine(),
                "Bạn theo dõi việc thực hiện Chỉ thị tại BHXH thành phố Hà Nội").doesNotContain("Đơn vị: BHXH");
    }

    @Test
    void theReviewerAndTheExecutiveSeeTheMonthNowDue() throws Exception {
        assertThat(home("tccb")).contains("data-testid=\"home-reviewer\"", "Xin chào, Nguyễn Thị Thu Hà", monthLine(),
                "Vụ Tổ chức cán bộ chủ trì theo dõi");
        assertThat(home("tgd")).contains("data-testid=\"home-executive\"", "Xin chào, Trần Văn Minh", monthLine(),
                "Tổng quan toàn Ngành");
    }

    @Test
    void theAdministratorHasNoMonth() throws Exception {
        assertThat(home("admin")).contains("data-testid=\"home-admin\"", "Xin chào, Quản trị hệ thống",
                "Quản lý danh mục đơn vị").doesNotContain("Kỳ báo cáo hiện tại");
    }

    private String monthLine() {
        return "Kỳ báo cáo hiện tại: tháng " + periods.currentMonth().format(DateTimeFormatter.ofPattern("MM/yyyy"));
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(demo.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
