package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * A save or submission whose form does not carry each of the report's duties exactly once (built by
 * hand, or cut short on the way) is refused whole with a 400 and the reason, never saved as blanks.
 * BHXH huyện Gia Lâm (H018) reports here, on months of its own from 06/2023.
 */
@IntegrationTest
class FormDutiesTest {

    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();
    private static final String HEAD = "gialam";

    @Autowired
    SelfAssessmentSteps steps;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void leaders() {
        testAccounts.ensureLeader(HEAD, "Trưởng BHXH Gia Lâm", "H018", Position.HEAD);
    }

    @Test
    void aSaveThatLeavesOutDutiesIsRefusedWholeAndBlanksNothing() throws Exception {
        long id = startReport();
        Map<String, String> complete = steps.completeForm(id, HEAD);
        complete.put("duties[5].whatWasDone", "Nội dung 2e đã lưu");
        complete.put("duties[6].whatWasDone", "Nội dung 2g đã lưu");
        steps.send(HEAD, id, complete, "save").andExpect(redirectedUrl("/reports/" + id + "/edit"));
        long version = steps.version(id);

        Map<String, String> cut = new LinkedHashMap<>(complete);
        cut.keySet().removeIf(key -> key.startsWith("duties[5]") || key.startsWith("duties[6]"));
        cut.put("version", String.valueOf(version));
        cut.put("duties[0].whatWasDone", "Sửa 2a trong biểu mẫu bị cắt");

        String page = html(steps.send(HEAD, id, cut, "save").andExpect(status().isBadRequest()));
        assertThat(page).contains("Biểu mẫu gửi lên thiếu nhiệm vụ 2e, 2g.", "Vì vậy chưa lưu gì",
                "Sửa 2a trong biểu mẫu bị cắt", "Nội dung 2e đã lưu", "Nội dung 2g đã lưu");
        assertThat(texts(id)).containsExactly("Kết quả thực hiện nhiệm vụ 2a", "Kết quả thực hiện nhiệm vụ 2b",
                "Kết quả thực hiện nhiệm vụ 2c", "Kết quả thực hiện nhiệm vụ 2d", "Kết quả thực hiện nhiệm vụ 2đ",
                "Nội dung 2e đã lưu", "Nội dung 2g đã lưu");
        assertThat(steps.version(id)).as("nothing saved").isEqualTo(version);
        assertThat(steps.auditActions(id)).containsExactly("CREATED", "SAVED");
    }

    @Test
    void aFormWithoutSomeDutiesAndWithAControlCharacterIsStillRefusedWholeWithItsDutiesInPlace() throws Exception {
        long id = startReport();
        Map<String, String> cut = new LinkedHashMap<>(steps.completeForm(id, HEAD));
        cut.keySet().removeIf(key -> key.startsWith("duties[6]"));
        cut.put("duties[0].whatWasDone", "Có ký tự điều khiển\u0007");
        long version = steps.version(id);

        String page = html(steps.send(HEAD, id, cut, "save").andExpect(status().isBadRequest()));
        assertThat(page).contains("Biểu mẫu gửi lên thiếu nhiệm vụ 2g.", "Vì vậy chưa lưu gì");
        assertThat(steps.version(id)).as("nothing saved").isEqualTo(version);
    }

    @Test
    void aSubmissionWithARepeatedDutyOrAnEntryOfNoDutyOfTheReportIsRefusedAndStaysADraft() throws Exception {
        long id = startReport();
        Map<String, String> repeated = steps.completeForm(id, HEAD);
        repeated.put("duties[7].dutyId", String.valueOf(steps.dutyId(0)));
        repeated.put("duties[7].status", "NOT_DONE");
        repeated.put("duties[8].dutyId", "987654321");
        repeated.put("duties[8].whatWasDone", "không thuộc báo cáo");

        String page = html(steps.send(HEAD, id, repeated, "submit").andExpect(status().isBadRequest()));
        assertThat(page).contains("Biểu mẫu gửi lên có nhiệm vụ 2a nhiều hơn một lần.",
                "Biểu mẫu gửi lên có 1 mục không thuộc báo cáo này.", "Vì vậy chưa lưu gì");

        Map<String, String> unnamed = steps.completeForm(id, HEAD);
        unnamed.remove("duties[3].dutyId");
        assertThat(html(steps.send(HEAD, id, unnamed, "submit").andExpect(status().isBadRequest())))
                .contains("Biểu mẫu gửi lên thiếu nhiệm vụ 2d.", "Biểu mẫu gửi lên có 1 mục không thuộc báo cáo này.");

        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.DRAFT);
        assertThat(texts(id)).containsOnly("");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM submission WHERE self_assessment_id = ?", Integer.class, id))
                .isZero();
        assertThat(steps.auditActions(id)).containsExactly("CREATED");

        steps.send(HEAD, id, steps.completeForm(id, HEAD), "submit").andExpect(redirectedUrl("/reports/" + id));
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.SUBMITTED);
    }

    // ---- helpers ----

    private long startReport() throws Exception {
        return steps.start(HEAD, YearMonth.of(2023, 6).plusMonths(NEXT_MONTH.getAndIncrement()));
    }

    private List<String> texts(long id) {
        return jdbc.queryForList("""
                SELECT r.what_was_done FROM duty_report r JOIN duty d ON d.id = r.duty_id
                WHERE r.self_assessment_id = ? ORDER BY d.position""", String.class, id);
    }
}
