package vn.bhxh.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.web.servlet.MockMvc;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * The demo profile's mail catcher in the whole application: a reminder sent from the urging page
 * arrives by SMTP and is shown on {@code /demo/mailbox}, once, with its addresses and text. The unit
 * is Lào Cai city (H080, province T10) for 02/2022, which no other test uses; its leaders and the
 * province's director have mail domains of their own.
 */
@IntegrationTest
class DemoMailboxPageTest {

    private static final String HEAD = "hopthu-h080-head";
    private static final String DIRECTOR = "hopthu-t10-director";
    private static final String HEAD_ADDRESS = HEAD + "@h080.hopthu.invalid";
    private static final String DIRECTOR_ADDRESS = DIRECTOR + "@t10.hopthu.invalid";
    private static final String SUBJECT = "Đôn đốc nộp báo cáo thực hiện Chỉ thị 2165/CT-BHXH tháng 02/2022";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    UnitDirectory units;

    @Autowired
    DemoMailbox mailbox;

    @Autowired
    JavaMailSender mailSender;

    @Test
    void theApplicationSendsToItsOwnCatcher() {
        assertThat(mailSender).isInstanceOfSatisfying(JavaMailSenderImpl.class, sender -> {
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(mailbox.port());
        });
        assertThat(mailbox.isRunning()).isTrue();
    }

    @Test
    void aReminderSentThroughTheApplicationIsCaughtAndShownOnceWithItsAddresses() throws Exception {
        periods.open(YearMonth.of(2022, 2));
        accounts.ensure(HEAD, "Trưởng H080", HEAD_ADDRESS, "H080", Position.HEAD, EnumSet.of(Role.UNIT_LEADER));
        accounts.ensure(DIRECTOR, "Giám đốc Lào Cai", DIRECTOR_ADDRESS, "T10", null, EnumSet.of(Role.PROVINCE_DIRECTOR));

        String urging = html(mvc.perform(get("/reminders").param("month", "2022-02").with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(urging).contains("data-testid=\"demo-mailbox-note\"", "href=\"/demo/mailbox\"")
                .doesNotContain("Chưa cấu hình máy chủ thư điện tử");

        mvc.perform(post("/reminders/send").with(demo.as("tccb")).with(csrf())
                        .param("month", "2022-02").param("unit", String.valueOf(units.refByCode("H080").orElseThrow().id())))
                .andExpect(redirectedUrl("/reminders?month=2022-02"))
                .andExpect(flash().attribute("flashSuccess", "reminder.sent"));

        // two copies on the server (the head, the director in copy), one e-mail in the catcher
        List<MimeMessage> caught = mailbox.received().stream().filter(mail -> addressed(mail, HEAD_ADDRESS)).toList();
        assertThat(caught).hasSize(1);
        assertThat(caught.get(0).getSubject()).isEqualTo(SUBJECT);
        assertThat(caught.get(0).getRecipients(Message.RecipientType.CC)).extracting(Address::toString)
                .containsExactly(DIRECTOR_ADDRESS);

        // any signed-in user may read it: here a district office's head
        String page = html(mvc.perform(get("/demo/mailbox").with(demo.as("badinh"))).andExpect(status().isOk()));
        assertThat(page).contains("Hộp thư demo", "data-testid=\"nav-demo-mailbox\"")
                .doesNotContain("data-testid=\"demo-mailbox-empty\"");
        String shown = article(page, HEAD_ADDRESS);
        assertThat(shown).contains(SUBJECT, "Nhận lúc", "Người gửi", "khong-tra-loi@tracker.invalid",
                "Gửi đến", HEAD_ADDRESS, "Đồng gửi", DIRECTOR_ADDRESS,
                "Kính gửi: Lãnh đạo BHXH thành phố Lào Cai,", "<pre");
        // the text keeps its line breaks and is escaped
        assertThat(shown).containsPattern("Lào Cai,\\r?\\n");
        assertThat(page.split(java.util.regex.Pattern.quote(SUBJECT), -1)).hasSize(2);

        String english = html(mvc.perform(get("/demo/mailbox").param("lang", "en").with(demo.as("badinh")))
                .andExpect(status().isOk()));
        assertThat(english).contains("Demo mailbox", ">To<", ">Cc<", ">Received<", DIRECTOR_ADDRESS);
    }

    @Test
    void markupInAnEmailIsShownAsTextWithItsLineBreaks() throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("khong-tra-loi@tracker.invalid");
        helper.setTo("danh-dau@hopthu.invalid");
        helper.setSubject("Thư có <b>thẻ</b>");
        helper.setText("<script>alert(1)</script>\nDòng hai");
        mailSender.send(message);

        String raw = mvc.perform(get("/demo/mailbox").with(demo.as("badinh"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(raw).contains("Thư có &lt;b&gt;thẻ&lt;/b&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;\nDòng hai")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void anEmptiedMailboxSaysThereIsNoMail() throws Exception {
        mvc.perform(post("/demo/mailbox/clear").with(demo.as("tgd")).with(csrf()))
                .andExpect(redirectedUrl("/demo/mailbox"))
                .andExpect(flash().attribute("flashSuccess", "demo.mailbox.cleared"));
        assertThat(mailbox.received()).isEmpty();

        String page = html(mvc.perform(get("/demo/mailbox").with(demo.as("tgd"))).andExpect(status().isOk()));
        assertThat(page).contains("data-testid=\"demo-mailbox-empty\"", "Chưa có thư nào.")
                .doesNotContain("data-testid=\"demo-mail\"", "/demo/mailbox/clear");
    }

    @Test
    void theMailboxNeedsASignedInUser() throws Exception {
        mvc.perform(get("/demo/mailbox")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/demo/mailbox/clear").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/demo/mailbox/clear").with(demo.as("tgd"))).andExpect(status().isForbidden()); // no CSRF token
    }

    private static boolean addressed(MimeMessage mail, String address) {
        try {
            Address[] to = mail.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(each -> each.toString().equals(address));
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The page's one article that names the address. */
    private static String article(String page, String address) {
        List<String> articles = Arrays.stream(page.split("<article")).skip(1)
                .map(part -> part.substring(0, part.indexOf("</article>")))
                .filter(part -> part.contains(address)).toList();
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

}
