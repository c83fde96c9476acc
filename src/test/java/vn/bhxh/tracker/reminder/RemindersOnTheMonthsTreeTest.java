package vn.bhxh.tracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;
import static vn.bhxh.tracker.support.Reorganisation2023.AFTER;
import static vn.bhxh.tracker.support.Reorganisation2023.BEFORE;
import static vn.bhxh.tracker.support.Reorganisation2023.NEW_NAME;
import static vn.bhxh.tracker.support.Reorganisation2023.OLD_NAME;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.dashboard.UnitStatus;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.OnReorganisation2023;
import vn.bhxh.tracker.support.Reorganisation2023;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * The reminders of a month go to the units of that month, as that month's tree places and names them,
 * around the reorganisation of 06/2023 in {@link Reorganisation2023}: a merged office is urged for its
 * last month and no later, a moved one copies the director of the province it sat in that month, a
 * renamed one is written to under its name of the month. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class RemindersOnTheMonthsTreeTest extends OnReorganisation2023 {

    @Autowired
    Reminders reminders;

    @Autowired
    TestAccounts testAccounts;


    @Test
    void aMergedOfficeIsUrgedForItsLastMonthAndNoLater() {
        assertThat(codes(reminders.toUrge(BEFORE, DashboardScope.NATIONAL))).contains("H002");
        assertThat(codes(reminders.toUrge(AFTER, DashboardScope.NATIONAL))).doesNotContain("H002");
        assertThat(reminders.drafts(BEFORE, List.of(data.hoanKiem))).singleElement()
                .satisfies(draft -> assertThat(draft.unitName()).isEqualTo("BHXH quận Hoàn Kiếm"));
        assertThatThrownBy(() -> reminders.drafts(AFTER, List.of(data.hoanKiem)))
                .as("no unit of 06/2023").isInstanceOf(ReminderException.class);
    }

    @Test
    void aMovedOfficeIsUrgedInItsProvinceOfTheMonthAndCopiesThatProvincesDirector() throws Exception {
        testAccounts.ensureLeader("nhac-h019-head", "Trưởng Nam Từ Liêm", "H019", Position.HEAD);
        testAccounts.ensureLeader("nhac-h002-head", "Trưởng Hoàn Kiếm", "H002", Position.HEAD);
        String haNoiDirector = testAccounts.directorOf("T01") + "@example.invalid";
        String haGiangDirector = testAccounts.directorOf("T02") + "@example.invalid";

        assertThat(codes(reminders.toUrge(AFTER, new DashboardScope(data.haGiang)))).contains("H019");
        assertThat(codes(reminders.toUrge(AFTER, new DashboardScope(data.haNoi)))).doesNotContain("H019");
        assertThat(codes(reminders.toUrge(BEFORE, new DashboardScope(data.haNoi)))).as("submitted on time in May")
                .doesNotContain("H019").contains("H002");

        assertThat(reminders.drafts(AFTER, List.of(data.namTuLiem))).singleElement().satisfies(draft -> {
            assertThat(draft.to()).containsExactly("nhac-h019-head@example.invalid");
            assertThat(draft.cc()).containsExactly(haGiangDirector);
        });
        assertThat(reminders.drafts(BEFORE, List.of(data.hoanKiem))).singleElement()
                .satisfies(draft -> assertThat(draft.cc()).contains(haNoiDirector).doesNotContain(haGiangDirector));

        String page = html(mvc.perform(get("/reminders").param("month", AFTER.toString())
                .param("province", String.valueOf(data.haGiang)).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(page).contains("BHXH quận Nam Từ Liêm");
    }

    @Test
    void aRenamedOfficeIsWrittenToAndListedUnderItsNameOfTheMonth() throws Exception {
        assertThat(reminders.drafts(AFTER, List.of(data.tuyenQuang))).singleElement().satisfies(draft -> {
            assertThat(draft.unitName()).isEqualTo(NEW_NAME);
            assertThat(draft.body()).contains(NEW_NAME);
        });
        for (var month : List.of(BEFORE, AFTER)) {
            jdbc.update("""
                    INSERT INTO reminder (unit_id, period_id, kind, sent_at, recipients, copied_to, subject, body, escalated)
                    VALUES (?, ?, 'MANUAL', now(), 'a@example.invalid', '', 'Nhắc', 'Nội dung', false)""",
                    data.tuyenQuang, periods.get(month).id());
        }
        assertThat(reminders.sentIn(BEFORE)).extracting(SentReminder::unitName).containsExactly(OLD_NAME);
        assertThat(reminders.sentIn(AFTER)).extracting(SentReminder::unitName).containsExactly(NEW_NAME);

        String may = html(mvc.perform(get("/reminders").param("month", BEFORE.toString()).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(may).contains(OLD_NAME).doesNotContain(NEW_NAME);
        String june = html(mvc.perform(get("/reminders").param("month", AFTER.toString()).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(june).contains(NEW_NAME);
    }

    private static List<String> codes(List<UnitStatus> units) {
        return units.stream().map(UnitStatus::code).toList();
    }
}
