package vn.bhxh.tracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.demo.DemoMailbox;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.AtOnce;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestClock;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Urging on the province of Cao Bằng (T04), which no other test touches, in months no other test
 * uses: 12/2021 by hand (TP Cao Bằng, H040), 10/2021 by the daily job (Bảo Lâm, H042), 11/2021 for
 * two racing job runs (Bảo Lạc, H043). Each unit's leaders have their own mail domain, so that what
 * the demo mail catcher received for them is this test's alone; the provincial director has another.
 */
@IntegrationTest
class RemindersTest {

    private static final String DIRECTOR_DOMAIN = "gd-t04.test.invalid";

    // the demo profile wraps the application's clock (demo.DemoClock): the test clock itself is this one
    final TestClock clock = TestClock.INSTANCE;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    UnitDirectory units;

    @Autowired
    Reminders reminders;

    @Autowired
    ReminderJob job;

    @Autowired
    ScheduledTaskHolder scheduledTasks;

    @Autowired
    DemoMailbox mailbox;

    @BeforeEach
    void leadersAndPeriods() {
        periods.open(YearMonth.of(2021, 10));
        periods.open(YearMonth.of(2021, 11));
        periods.open(YearMonth.of(2021, 12));
        for (String code : List.of("H040", "H042", "H043")) {
            ensure("nhac-" + code.toLowerCase() + "-head", "Trưởng " + code, code, Position.HEAD, Role.UNIT_LEADER);
            ensure("nhac-" + code.toLowerCase() + "-deputy", "Phó " + code, code, Position.DEPUTY, Role.UNIT_LEADER);
        }
        ensure("nhac-t04-director", "Giám đốc Cao Bằng", "T04", null, Role.PROVINCE_DIRECTOR);
    }

    @Test
    void aReviewerPreviewsAndSendsToTheLeadersWithTheDirectorInCopyForALateDistrict() throws Exception {
        long unit = unitId("H040");
        String preview = html(mvc.perform(post("/reminders/preview").with(demo.as("tccb")).with(csrf())
                        .param("month", "2021-12").param("unit", String.valueOf(unit)))
                .andExpect(status().isOk()));
        assertThat(preview).contains("Đôn đốc nộp báo cáo thực hiện Chỉ thị 2165/CT-BHXH tháng 12/2021",
                "nhac-h040-head@" + domain("H040"), "nhac-h040-deputy@" + domain("H040"),
                "nhac-t04-director@" + DIRECTOR_DOMAIN, "Gửi nhắc nhở", "Kính gửi: Lãnh đạo BHXH thành phố Cao Bằng");
        assertThat(received(domain("H040"), "12/2021")).isEmpty();

        mvc.perform(post("/reminders/send").with(demo.as("tccb")).with(csrf())
                        .param("month", "2021-12").param("unit", String.valueOf(unit)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reminders?month=2021-12"))
                .andExpect(flash().attribute("flashSuccess", "reminder.sent"))
                .andExpect(flash().attribute("flashArgument", 1));

        List<MimeMessage> mails = received(domain("H040"), "12/2021");
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(addresses(mail, Message.RecipientType.TO))
                .containsExactlyInAnyOrder("nhac-h040-deputy@" + domain("H040"), "nhac-h040-head@" + domain("H040"));
        assertThat(addresses(mail, Message.RecipientType.CC)).containsExactly("nhac-t04-director@" + DIRECTOR_DOMAIN);
        assertThat(mail.getSubject()).isEqualTo("Đôn đốc nộp báo cáo thực hiện Chỉ thị 2165/CT-BHXH tháng 12/2021");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).contains(
                "Kính gửi: Lãnh đạo BHXH thành phố Cao Bằng,",
                "tháng 12/2021 là ngày 05/01/2022. Đến nay đã quá hạn nhưng BHXH thành phố Cao Bằng chưa nộp báo cáo.",
                "/my-unit/reports");

        assertThat(jdbc.queryForList("""
                SELECT r.kind || ' ' || r.escalated || ' ' || (r.sent_by_id IS NOT NULL) FROM reminder r
                JOIN reporting_period p ON p.id = r.period_id WHERE r.unit_id = ? AND p.month = DATE '2021-12-01'""",
                String.class, unit)).containsExactly("MANUAL true true");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit_event WHERE action = 'REMINDER_SENT' AND target_type = 'UNIT' AND target_id = ?""",
                Integer.class, unit)).isEqualTo(1);

        String page = html(mvc.perform(get("/reminders").param("month", "2021-12").param("province", String.valueOf(unitId("T04")))
                .with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(page).contains("BHXH huyện Bảo Lâm", "Gửi thủ công", "Gửi đến: nhac-h040-deputy@" + domain("H040"),
                "Đồng gửi: nhac-t04-director@" + DIRECTOR_DOMAIN).doesNotContain("To: ", "Cc: ");

        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String own = html(mvc.perform(get("/my-unit/reports").param("page", pageOf(YearMonth.of(2021, 12)))
                .with(demo.as("nhac-h040-head"))).andExpect(status().isOk()));
        assertThat(own).contains("Đã được nhắc ngày " + today);
    }

    @Test
    void theDailyJobRemindsBeforeAndAfterTheDeadlineOnceEach() throws Exception {
        // 10/2021: deadline 05/11/2021; two days before, one day after
        reminders.sendDue(LocalDate.of(2021, 11, 3));
        reminders.sendDue(LocalDate.of(2021, 11, 3));
        List<MimeMessage> before = received(domain("H042"), "10/2021");
        assertThat(before).hasSize(1);
        assertThat(addresses(before.get(0), Message.RecipientType.CC)).isEmpty();
        assertThat(((String) before.get(0).getContent()).replace("\r\n", "\n"))
                .contains("là ngày 05/11/2021 (còn 2 ngày), nhưng đến nay BHXH huyện Bảo Lâm chưa nộp báo cáo.");

        reminders.sendDue(LocalDate.of(2021, 11, 4)); // neither two days before nor one after
        assertThat(received(domain("H042"), "10/2021")).hasSize(1);

        reminders.sendDue(LocalDate.of(2021, 11, 6));
        reminders.sendDue(LocalDate.of(2021, 11, 6));
        List<MimeMessage> all = received(domain("H042"), "10/2021");
        assertThat(all).hasSize(2);
        List<List<String>> copied = new ArrayList<>();
        for (MimeMessage mail : all) {
            copied.add(addresses(mail, Message.RecipientType.CC));
        }
        assertThat(copied).containsExactlyInAnyOrder(List.of(), List.of("nhac-t04-director@" + DIRECTOR_DOMAIN));

        assertThat(jdbc.queryForList("""
                SELECT r.kind || ' ' || r.escalated || ' ' || (r.sent_by_id IS NULL) FROM reminder r
                JOIN reporting_period p ON p.id = r.period_id WHERE r.unit_id = ? AND p.month = DATE '2021-10-01'
                ORDER BY r.sent_at""", String.class, unitId("H042")))
                .containsExactly("BEFORE_DEADLINE false true", "AFTER_DEADLINE true true");
    }

    @Test
    void twoRacingRunsOfTheLockedJobSendOnce() throws Exception {
        // 11/2021: deadline 05/12/2021, two days before on 03/12/2021
        AtOnce.run(2, () -> {
            job.sendFor(LocalDate.of(2021, 12, 3));
            return null;
        });
        assertThat(received(domain("H043"), "11/2021")).hasSize(1);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM reminder r JOIN reporting_period p ON p.id = r.period_id
                WHERE r.unit_id = ? AND p.month = DATE '2021-11-01'""", Integer.class, unitId("H043"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = ?", Integer.class, ReminderJob.LOCK))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT lock_until > now() FROM shedlock WHERE name = ?", Boolean.class,
                ReminderJob.LOCK)).isTrue();
        // while the lock is held (at least one minute), a run that would send (the day after the deadline) does nothing
        job.sendFor(LocalDate.of(2021, 12, 6));
        assertThat(received(domain("H043"), "11/2021")).hasSize(1);
        // nothing recorded: the lock stopped it, not the once-only rule (no after-deadline reminder existed)
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM reminder r JOIN reporting_period p ON p.id = r.period_id
                WHERE r.unit_id = ? AND p.month = DATE '2021-11-01' AND r.kind = 'AFTER_DEADLINE'""", Integer.class,
                unitId("H043"))).isZero();
    }

    @Test
    void theJobIsScheduledEveryMorning() {
        assertThat(scheduledTasks.getScheduledTasks())
                .map(task -> task.getTask())
                .filteredOn(CronTask.class::isInstance)
                .map(task -> ((CronTask) task).getExpression())
                .contains("0 0 8 * * *");
    }

    @Test
    void onlyReviewersReachTheRemindersPage() throws Exception {
        mvc.perform(get("/reminders").param("month", "2021-12").with(demo.as("tccb"))).andExpect(status().isOk());
        for (String other : List.of("tgd", "hanoi", "badinh", "admin")) {
            mvc.perform(get("/reminders").with(demo.as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/reminders/send").with(demo.as(other)).with(csrf())
                    .param("month", "2021-12").param("unit", String.valueOf(unitId("H045"))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/reminders")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void badInputGivesAClearMessage() throws Exception {
        Cookie noSelection = mvc.perform(post("/reminders/preview").with(demo.as("tccb")).with(csrf()).param("month", "2021-12"))
                .andExpect(redirectedUrl("/reminders?month=2021-12"))
                .andExpect(flash().attribute("flashError", "reminder.error.noSelection"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/reminders/send").with(demo.as("tccb")).with(csrf()).param("month", "2021-12")
                        .param("unit", "999999999"))
                .andExpect(redirectedUrl("/reminders?month=2021-12"))
                .andExpect(flash().attribute("flashError", "reminder.error.unknownUnit"));
        mvc.perform(post("/reminders/preview").with(demo.as("tccb")).with(csrf()).param("month", "2021-12")
                        .param("unit", "abc"))
                .andExpect(flash().attribute("flashError", "reminder.error.unknownUnit"));
        // a month that cannot be read is never taken for another: the 400 page names it
        assertThat(html(mvc.perform(post("/reminders/send").with(demo.as("tccb")).with(csrf()).param("month", "12/2021")
                        .param("unit", String.valueOf(unitId("H045"))))
                .andExpect(status().isBadRequest()))).contains("Tháng \"12/2021\" không hợp lệ");
        String page = html(mvc.perform(get("/reminders").param("month", "2021-13").with(demo.as("tccb")))
                .andExpect(status().isBadRequest()));
        assertThat(page).contains("Tháng \"2021-13\" không hợp lệ");
        // the first refusal's message waits in its session (in PostgreSQL), which its cookie names, for
        // the address it was redirected to (the query string included)
        String flashed = html(mvc.perform(get("/reminders").queryParam("month", "2021-12").with(demo.as("tccb"))
                .cookie(noSelection)).andExpect(status().isOk()));
        assertThat(flashed).contains("Chưa chọn đơn vị nào");
        assertThat(received(domain("H045"), "12/2021")).isEmpty();
    }

    private String pageOf(YearMonth month) {
        Integer newer = jdbc.queryForObject("SELECT count(*) FROM reporting_period WHERE month > ?", Integer.class,
                month.atDay(1));
        return String.valueOf(newer / 12);
    }

    private static String domain(String unitCode) {
        return unitCode.toLowerCase() + ".test.invalid";
    }

    /**
     * The e-mails about a month addressed to a domain, each once however many recipients it had: the daily
     * job reminds every unit, so other tests' runs reach these units for their months too.
     */
    private List<MimeMessage> received(String domain, String month) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : mailbox.received()) {
            List<String> recipients = new ArrayList<>(addresses(mail, Message.RecipientType.TO));
            recipients.addAll(addresses(mail, Message.RecipientType.CC));
            if (mail.getSubject().endsWith("tháng " + month)
                    && recipients.stream().anyMatch(address -> address.endsWith("@" + domain))) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static List<String> addresses(MimeMessage mail, Message.RecipientType type) throws Exception {
        Address[] addresses = mail.getRecipients(type);
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }


    private long unitId(String code) {
        return units.refByCode(code).orElseThrow().id();
    }

    private void ensure(String username, String fullName, String unitCode, Position position, Role role) {
        String domain = role == Role.PROVINCE_DIRECTOR ? DIRECTOR_DOMAIN : domain(unitCode);
        testAccounts.ensure(username, fullName, username + "@" + domain, unitCode, position, EnumSet.of(role));
    }
}
