package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

/**
 * Texts with a count, through the message source as the application builds it (application.properties'
 * {@code spring.messages.*}): English chooses the singular for one and the plural otherwise ("1 unit",
 * "2 units", by a choice format in the bundle), Vietnamese, which has no plural, keeps its one text;
 * either way the number is written as the reader's language writes it ("1,234", "1.234"), so a count
 * must reach the message as a number, never as text formatted beforehand.
 */
@SpringBootTest(classes = MessageSourceAutoConfiguration.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EnglishPluralsTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String UNTIL = "10:15:00 03/12/2026";

    /** Each counted text with its arguments for a count {@code n} (every count of the text is {@code n}). */
    private static final Map<String, LongFunction<Object[]>> COUNTED = Map.ofEntries(
            Map.entry("common.pageInfo", n -> new Object[] {1, 2, n}),
            Map.entry("home.indicatorCount", n -> new Object[] {n}),
            Map.entry("audit.detail.comments", n -> new Object[] {n}),
            Map.entry("text.tooLong", n -> new Object[] {n}),
            // a @Size constraint's arguments: max, then min (MessageKeyValidator)
            Map.entry("user.fullName.size", n -> new Object[] {n, 0}),
            Map.entry("user.email.size", n -> new Object[] {n, 0}),
            // flash messages get a second argument, empty when the message has none (fragments/layout.html)
            Map.entry("review.flash.acceptedMany", n -> new Object[] {n, null}),
            Map.entry("review.flash.acceptedSomeSkipped", n -> new Object[] {n, n}),
            Map.entry("home.reviewer.waiting", n -> new Object[] {n}),
            Map.entry("evidence.hint", n -> new Object[] {"20 MB", n, "50 MB", n, "200 MB"}),
            Map.entry("evidence.flash.added", n -> new Object[] {n, null}),
            Map.entry("dashboard.notDue", n -> new Object[] {n}),
            Map.entry("reminder.previewHeading", n -> new Object[] {"11/2026", n}),
            Map.entry("reminder.sent", n -> new Object[] {n, null}),
            Map.entry("dashboard.yearToDate", n -> new Object[] {2026, n, n, 1, 0, 0, "—"}),
            Map.entry("dashboard.year.tally", n -> new Object[] {0, n}),
            Map.entry("home.reviewer.notSubmitted", n -> new Object[] {n}),
            Map.entry("report.daysLeft", n -> new Object[] {n}),
            Map.entry("report.overdue", n -> new Object[] {n}),
            Map.entry("report.province.submittedSoFar", n -> new Object[] {0, n}),
            Map.entry("report.province.submittedFinal", n -> new Object[] {0, n}),
            Map.entry("dashboard.submittedSoFar", n -> new Object[] {0, n, "0"}),
            Map.entry("reminder.group.NOT_DUE", n -> new Object[] {n, n}),
            Map.entry("reminder.group.dueToday", n -> new Object[] {n}),
            Map.entry("reminder.group.MISSING", n -> new Object[] {n}),
            Map.entry("reminder.group.LATE", n -> new Object[] {n}),
            Map.entry("review.queue.otherMonths", n -> new Object[] {n}),
            Map.entry("demo.mailbox.capped", n -> new Object[] {0, n}),
            Map.entry("demo.mailbox.cleared", n -> new Object[] {n, null}),
            Map.entry("report.form.dutiesUnknown", n -> new Object[] {n}),
            Map.entry("reorganisation.plan.linesWithProblems", n -> new Object[] {n}),
            Map.entry("reorganisation.flash.uploaded", n -> new Object[] {n, null}),
            Map.entry("reorganisation.problem.level.childrenMisfit", n -> new Object[] {"ZQT1", n}),
            Map.entry("reorganisation.problem.children.left", n -> new Object[] {"ZQT1", n, "ZQH11"}),
            Map.entry("evidence.error.tooMany", n -> new Object[] {n}),
            Map.entry("evidence.error.reportFiles", n -> new Object[] {n}),
            Map.entry("api.signInThrottled", n -> new Object[] {n}),
            Map.entry("user.signIn.locked", n -> new Object[] {UNTIL, n}),
            Map.entry("user.signIn.waiting", n -> new Object[] {n, UNTIL}));

    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            common.pageInfo | 0 | Page 1 of 2 · 0 results
            common.pageInfo | 1 | Page 1 of 2 · 1 result
            common.pageInfo | 2 | Page 1 of 2 · 2 results
            common.pageInfo | 1234 | Page 1 of 2 · 1,234 results
            home.indicatorCount | 0 | 0 indicators
            home.indicatorCount | 1 | 1 indicator
            home.indicatorCount | 2 | 2 indicators
            home.indicatorCount | 1234 | 1,234 indicators
            audit.detail.comments | 0 | 0 comments on duties
            audit.detail.comments | 1 | 1 comment on duties
            audit.detail.comments | 2 | 2 comments on duties
            audit.detail.comments | 1234 | 1,234 comments on duties
            text.tooLong | 0 | At most 0 characters.
            text.tooLong | 1 | At most 1 character.
            text.tooLong | 2 | At most 2 characters.
            text.tooLong | 1234 | At most 1,234 characters.
            review.flash.acceptedMany | 0 | 0 reports accepted.
            review.flash.acceptedMany | 1 | 1 report accepted.
            review.flash.acceptedMany | 2 | 2 reports accepted.
            review.flash.acceptedMany | 1234 | 1,234 reports accepted.
            review.flash.acceptedSomeSkipped | 0 | 0 reports accepted; 0 skipped because they have just changed or no longer wait for review.
            review.flash.acceptedSomeSkipped | 1 | 1 report accepted; 1 skipped because it has just changed or no longer waits for review.
            review.flash.acceptedSomeSkipped | 2 | 2 reports accepted; 2 skipped because they have just changed or no longer wait for review.
            review.flash.acceptedSomeSkipped | 1234 | 1,234 reports accepted; 1,234 skipped because they have just changed or no longer wait for review.
            home.reviewer.waiting | 0 | 0 reports are waiting for review.
            home.reviewer.waiting | 1 | 1 report is waiting for review.
            home.reviewer.waiting | 2 | 2 reports are waiting for review.
            home.reviewer.waiting | 1234 | 1,234 reports are waiting for review.
            evidence.hint | 0 | Accepted: PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument; at most 20 MB per file, 0 files and 50 MB per upload; at most 0 files and 200 MB per report. What you are typing is kept when you upload, but saved only when you press "Save draft".
            evidence.hint | 1 | Accepted: PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument; at most 20 MB per file, 1 file and 50 MB per upload; at most 1 file and 200 MB per report. What you are typing is kept when you upload, but saved only when you press "Save draft".
            evidence.hint | 2 | Accepted: PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument; at most 20 MB per file, 2 files and 50 MB per upload; at most 2 files and 200 MB per report. What you are typing is kept when you upload, but saved only when you press "Save draft".
            evidence.hint | 1234 | Accepted: PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument; at most 20 MB per file, 1,234 files and 50 MB per upload; at most 1,234 files and 200 MB per report. What you are typing is kept when you upload, but saved only when you press "Save draft".
            evidence.flash.added | 0 | 0 files uploaded.
            evidence.flash.added | 1 | 1 file uploaded.
            evidence.flash.added | 2 | 2 files uploaded.
            evidence.flash.added | 1234 | 1,234 files uploaded.
            dashboard.notDue | 0 | 0 units have not submitted, but their deadline has not passed.
            dashboard.notDue | 1 | 1 unit has not submitted, but its deadline has not passed.
            dashboard.notDue | 2 | 2 units have not submitted, but their deadline has not passed.
            dashboard.notDue | 1234 | 1,234 units have not submitted, but their deadline has not passed.
            reminder.previewHeading | 0 | Reminders for 11/2026: 0 units
            reminder.previewHeading | 1 | Reminders for 11/2026: 1 unit
            reminder.previewHeading | 2 | Reminders for 11/2026: 2 units
            reminder.previewHeading | 1234 | Reminders for 11/2026: 1,234 units
            reminder.sent | 0 | 0 reminder e-mails sent.
            reminder.sent | 1 | 1 reminder e-mail sent.
            reminder.sent | 2 | 2 reminder e-mails sent.
            reminder.sent | 1234 | 1,234 reminder e-mails sent.
            dashboard.yearToDate | 0 | Year 2026 to date (0 months): 0 unit-months expected, 1 on time, 0 late, 0 not submitted; —% on time.
            dashboard.yearToDate | 1 | Year 2026 to date (1 month): 1 unit-month expected, 1 on time, 0 late, 0 not submitted; —% on time.
            dashboard.yearToDate | 2 | Year 2026 to date (2 months): 2 unit-months expected, 1 on time, 0 late, 0 not submitted; —% on time.
            dashboard.yearToDate | 1234 | Year 2026 to date (1,234 months): 1,234 unit-months expected, 1 on time, 0 late, 0 not submitted; —% on time.
            dashboard.year.tally | 0 | Fully done in 0 of the 0 months it applied
            dashboard.year.tally | 1 | Fully done in 0 of the 1 month it applied
            dashboard.year.tally | 2 | Fully done in 0 of the 2 months it applied
            dashboard.year.tally | 1234 | Fully done in 0 of the 1,234 months it applied
            home.reviewer.notSubmitted | 0 | 0 units have not submitted this month yet.
            home.reviewer.notSubmitted | 1 | 1 unit has not submitted this month yet.
            home.reviewer.notSubmitted | 2 | 2 units have not submitted this month yet.
            home.reviewer.notSubmitted | 1234 | 1,234 units have not submitted this month yet.
            report.daysLeft | 0 | 0 days left
            report.daysLeft | 1 | 1 day left
            report.daysLeft | 2 | 2 days left
            report.daysLeft | 1234 | 1,234 days left
            report.overdue | 0 | 0 days overdue
            report.overdue | 1 | 1 day overdue
            report.overdue | 2 | 2 days overdue
            report.overdue | 1234 | 1,234 days overdue
            report.province.submittedSoFar | 0 | Submitted so far: 0 of 0 units (provisional: the deadline has not passed).
            report.province.submittedSoFar | 1 | Submitted so far: 0 of 1 unit (provisional: the deadline has not passed).
            report.province.submittedSoFar | 2 | Submitted so far: 0 of 2 units (provisional: the deadline has not passed).
            report.province.submittedSoFar | 1234 | Submitted so far: 0 of 1,234 units (provisional: the deadline has not passed).
            report.province.submittedFinal | 0 | Submitted: 0 of 0 units.
            report.province.submittedFinal | 1 | Submitted: 0 of 1 unit.
            report.province.submittedFinal | 2 | Submitted: 0 of 2 units.
            report.province.submittedFinal | 1234 | Submitted: 0 of 1,234 units.
            dashboard.submittedSoFar | 0 | Submitted so far: 0 of 0 units (0%).
            dashboard.submittedSoFar | 1 | Submitted so far: 0 of 1 unit (0%).
            dashboard.submittedSoFar | 2 | Submitted so far: 0 of 2 units (0%).
            dashboard.submittedSoFar | 1234 | Submitted so far: 0 of 1,234 units (0%).
            reminder.group.NOT_DUE | 0 | Not submitted, 0 days before the deadline (0 units)
            reminder.group.NOT_DUE | 1 | Not submitted, 1 day before the deadline (1 unit)
            reminder.group.NOT_DUE | 2 | Not submitted, 2 days before the deadline (2 units)
            reminder.group.NOT_DUE | 1234 | Not submitted, 1,234 days before the deadline (1,234 units)
            reminder.group.dueToday | 0 | Not submitted, the deadline is today (0 units)
            reminder.group.dueToday | 1 | Not submitted, the deadline is today (1 unit)
            reminder.group.dueToday | 2 | Not submitted, the deadline is today (2 units)
            reminder.group.dueToday | 1234 | Not submitted, the deadline is today (1,234 units)
            reminder.group.MISSING | 0 | Not submitted, overdue (0 units)
            reminder.group.MISSING | 1 | Not submitted, overdue (1 unit)
            reminder.group.MISSING | 2 | Not submitted, overdue (2 units)
            reminder.group.MISSING | 1234 | Not submitted, overdue (1,234 units)
            reminder.group.LATE | 0 | Submitted late (0 units)
            reminder.group.LATE | 1 | Submitted late (1 unit)
            reminder.group.LATE | 2 | Submitted late (2 units)
            reminder.group.LATE | 1234 | Submitted late (1,234 units)
            review.queue.otherMonths | 0 | 0 reports of other months are waiting for review.
            review.queue.otherMonths | 1 | 1 report of another month is waiting for review.
            review.queue.otherMonths | 2 | 2 reports of other months are waiting for review.
            review.queue.otherMonths | 1234 | 1,234 reports of other months are waiting for review.
            demo.mailbox.capped | 0 | Showing the newest 0 of 0 e-mails.
            demo.mailbox.capped | 1 | Showing the newest 0 of 1 e-mail.
            demo.mailbox.capped | 2 | Showing the newest 0 of 2 e-mails.
            demo.mailbox.capped | 1234 | Showing the newest 0 of 1,234 e-mails.
            demo.mailbox.cleared | 0 | Deleted 0 e-mails.
            demo.mailbox.cleared | 1 | Deleted 1 e-mail.
            demo.mailbox.cleared | 2 | Deleted 2 e-mails.
            demo.mailbox.cleared | 1234 | Deleted 1,234 e-mails.
            report.form.dutiesUnknown | 0 | The form sent has 0 entries that do not belong to this report.
            report.form.dutiesUnknown | 1 | The form sent has 1 entry that does not belong to this report.
            report.form.dutiesUnknown | 2 | The form sent has 2 entries that do not belong to this report.
            report.form.dutiesUnknown | 1234 | The form sent has 1,234 entries that do not belong to this report.
            reorganisation.plan.linesWithProblems | 0 | No line has a problem, marked below.
            reorganisation.plan.linesWithProblems | 1 | 1 line has a problem, marked below.
            reorganisation.plan.linesWithProblems | 2 | 2 lines have a problem, marked below.
            reorganisation.plan.linesWithProblems | 1234 | 1,234 lines have a problem, marked below.
            reorganisation.flash.uploaded | 0 | Read no lines from the file; check the problems below, then press "Preview".
            reorganisation.flash.uploaded | 1 | Read 1 line from the file; check the problems below, then press "Preview".
            reorganisation.flash.uploaded | 2 | Read 2 lines from the file; check the problems below, then press "Preview".
            reorganisation.flash.uploaded | 1234 | Read 1,234 lines from the file; check the problems below, then press "Preview".
            reorganisation.problem.level.childrenMisfit | 0 | The new level of ZQT1 leaves 0 units under it at a level that does not fit.
            reorganisation.problem.level.childrenMisfit | 1 | The new level of ZQT1 leaves 1 unit under it at a level that does not fit.
            reorganisation.problem.level.childrenMisfit | 2 | The new level of ZQT1 leaves 2 units under it at a level that does not fit.
            reorganisation.problem.level.childrenMisfit | 1234 | The new level of ZQT1 leaves 1,234 units under it at a level that does not fit.
            reorganisation.problem.children.left | 0 | Unit ZQT1 ends but 0 units under it (ZQH11) would be left: move (MOVE) or end them in the same plan.
            reorganisation.problem.children.left | 1 | Unit ZQT1 ends but 1 unit under it (ZQH11) would be left: move (MOVE) or end them in the same plan.
            reorganisation.problem.children.left | 2 | Unit ZQT1 ends but 2 units under it (ZQH11) would be left: move (MOVE) or end them in the same plan.
            reorganisation.problem.children.left | 1234 | Unit ZQT1 ends but 1,234 units under it (ZQH11) would be left: move (MOVE) or end them in the same plan.
            evidence.error.tooMany | 0 | At most 0 files can be uploaded at a time. Please upload them in several goes.
            evidence.error.tooMany | 1 | At most 1 file can be uploaded at a time. Please upload them in several goes.
            evidence.error.tooMany | 2 | At most 2 files can be uploaded at a time. Please upload them in several goes.
            evidence.error.tooMany | 1234 | At most 1,234 files can be uploaded at a time. Please upload them in several goes.
            evidence.error.reportFiles | 0 | A report can hold at most 0 supporting documents, submitted ones included. Please delete files not yet submitted, or combine documents.
            evidence.error.reportFiles | 1 | A report can hold at most 1 supporting document, submitted ones included. Please delete files not yet submitted, or combine documents.
            evidence.error.reportFiles | 2 | A report can hold at most 2 supporting documents, submitted ones included. Please delete files not yet submitted, or combine documents.
            evidence.error.reportFiles | 1234 | A report can hold at most 1,234 supporting documents, submitted ones included. Please delete files not yet submitted, or combine documents.
            api.signInThrottled | 0 | Too many failed sign-ins in a row: please try again in 0 seconds.
            api.signInThrottled | 1 | Too many failed sign-ins in a row: please try again in 1 second.
            api.signInThrottled | 2 | Too many failed sign-ins in a row: please try again in 2 seconds.
            api.signInThrottled | 1234 | Too many failed sign-ins in a row: please try again in 1,234 seconds.
            user.signIn.locked | 0 | Sign-in is locked until 10:15:00 03/12/2026, after 0 failed attempts.
            user.signIn.locked | 1 | Sign-in is locked until 10:15:00 03/12/2026, after 1 failed attempt.
            user.signIn.locked | 2 | Sign-in is locked until 10:15:00 03/12/2026, after 2 failed attempts.
            user.signIn.locked | 1234 | Sign-in is locked until 10:15:00 03/12/2026, after 1,234 failed attempts.
            user.signIn.waiting | 0 | 0 recent failed sign-ins; the next attempt must wait until 10:15:00 03/12/2026.
            user.signIn.waiting | 1 | 1 recent failed sign-in; the next attempt must wait until 10:15:00 03/12/2026.
            user.signIn.waiting | 2 | 2 recent failed sign-ins; the next attempt must wait until 10:15:00 03/12/2026.
            user.signIn.waiting | 1234 | 1,234 recent failed sign-ins; the next attempt must wait until 10:15:00 03/12/2026.
            user.fullName.size | 1 | The full name has at most 1 character.
            user.fullName.size | 200 | The full name has at most 200 characters.
            user.fullName.size | 1234 | The full name has at most 1,234 characters.
            user.email.size | 1 | The e-mail address has at most 1 character.
            user.email.size | 254 | The e-mail address has at most 254 characters.
            user.email.size | 1234 | The e-mail address has at most 1,234 characters.
            """)
    void englishSaysOneThingAndManyThingsWithTheNumberWrittenTheEnglishWay(String key, long count, String expected) {
        assertThat(messages.getMessage(key, arguments(key, count), Locale.ENGLISH)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            common.pageInfo | 1 | Trang 1/2 · 1 kết quả
            common.pageInfo | 1234 | Trang 1/2 · 1.234 kết quả
            home.indicatorCount | 1 | 1 chỉ tiêu
            home.indicatorCount | 1234 | 1.234 chỉ tiêu
            audit.detail.comments | 1 | 1 ý kiến theo nhiệm vụ
            audit.detail.comments | 1234 | 1.234 ý kiến theo nhiệm vụ
            text.tooLong | 1 | Nội dung không quá 1 ký tự.
            text.tooLong | 1234 | Nội dung không quá 1.234 ký tự.
            review.flash.acceptedMany | 1 | Đã chấp nhận 1 báo cáo.
            review.flash.acceptedMany | 1234 | Đã chấp nhận 1.234 báo cáo.
            review.flash.acceptedSomeSkipped | 1 | Đã chấp nhận 1 báo cáo; 1 báo cáo được bỏ qua vì vừa thay đổi hoặc không còn chờ thẩm định.
            review.flash.acceptedSomeSkipped | 1234 | Đã chấp nhận 1.234 báo cáo; 1.234 báo cáo được bỏ qua vì vừa thay đổi hoặc không còn chờ thẩm định.
            home.reviewer.waiting | 1 | 1 báo cáo đang chờ thẩm định.
            home.reviewer.waiting | 1234 | 1.234 báo cáo đang chờ thẩm định.
            evidence.hint | 1 | Chấp nhận PDF, ảnh (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument; tối đa 20 MB mỗi tệp, 1 tệp và 50 MB mỗi lần tải lên; mỗi báo cáo tối đa 1 tệp và 200 MB. Nội dung đang nhập được giữ lại khi tải tệp lên, nhưng chỉ được lưu khi bấm «Lưu nháp».
            evidence.hint | 1234 | Chấp nhận PDF, ảnh (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument; tối đa 20 MB mỗi tệp, 1.234 tệp và 50 MB mỗi lần tải lên; mỗi báo cáo tối đa 1.234 tệp và 200 MB. Nội dung đang nhập được giữ lại khi tải tệp lên, nhưng chỉ được lưu khi bấm «Lưu nháp».
            evidence.flash.added | 1 | Đã tải lên 1 tệp.
            evidence.flash.added | 1234 | Đã tải lên 1.234 tệp.
            dashboard.notDue | 1 | 1 đơn vị chưa nộp nhưng chưa đến hạn.
            dashboard.notDue | 1234 | 1.234 đơn vị chưa nộp nhưng chưa đến hạn.
            reminder.previewHeading | 1 | Xem trước nhắc nhở tháng 11/2026: 1 đơn vị
            reminder.previewHeading | 1234 | Xem trước nhắc nhở tháng 11/2026: 1.234 đơn vị
            reminder.sent | 1 | Đã gửi 1 thư nhắc nhở.
            reminder.sent | 1234 | Đã gửi 1.234 thư nhắc nhở.
            dashboard.yearToDate | 1 | Từ đầu năm 2026 (1 tháng): 1 lượt đơn vị phải báo cáo, 1 lượt nộp đúng hạn, 0 lượt nộp muộn, 0 lượt chưa nộp; tỷ lệ đúng hạn —%.
            dashboard.yearToDate | 1234 | Từ đầu năm 2026 (1.234 tháng): 1.234 lượt đơn vị phải báo cáo, 1 lượt nộp đúng hạn, 0 lượt nộp muộn, 0 lượt chưa nộp; tỷ lệ đúng hạn —%.
            dashboard.year.tally | 1 | 0 tháng thực hiện đầy đủ trên 1 tháng phát sinh
            dashboard.year.tally | 1234 | 0 tháng thực hiện đầy đủ trên 1.234 tháng phát sinh
            home.reviewer.notSubmitted | 1 | 1 đơn vị chưa nộp báo cáo của tháng này.
            home.reviewer.notSubmitted | 1234 | 1.234 đơn vị chưa nộp báo cáo của tháng này.
            report.daysLeft | 1 | còn 1 ngày
            report.daysLeft | 1234 | còn 1.234 ngày
            report.overdue | 1 | quá hạn 1 ngày
            report.overdue | 1234 | quá hạn 1.234 ngày
            report.province.submittedSoFar | 1 | Đến nay 0/1 đơn vị đã nộp báo cáo (số liệu tạm tính, chưa hết hạn nộp).
            report.province.submittedSoFar | 1234 | Đến nay 0/1.234 đơn vị đã nộp báo cáo (số liệu tạm tính, chưa hết hạn nộp).
            report.province.submittedFinal | 1 | 0/1 đơn vị đã nộp báo cáo.
            report.province.submittedFinal | 1234 | 0/1.234 đơn vị đã nộp báo cáo.
            dashboard.submittedSoFar | 1 | Đến nay 0/1 đơn vị đã nộp báo cáo (0%).
            dashboard.submittedSoFar | 1234 | Đến nay 0/1.234 đơn vị đã nộp báo cáo (0%).
            reminder.group.NOT_DUE | 1 | Chưa nộp, còn 1 ngày đến hạn (1 đơn vị)
            reminder.group.NOT_DUE | 1234 | Chưa nộp, còn 1.234 ngày đến hạn (1.234 đơn vị)
            reminder.group.dueToday | 1 | Chưa nộp, hôm nay là hạn chót (1 đơn vị)
            reminder.group.dueToday | 1234 | Chưa nộp, hôm nay là hạn chót (1.234 đơn vị)
            reminder.group.MISSING | 1 | Chưa nộp, đã quá hạn (1 đơn vị)
            reminder.group.MISSING | 1234 | Chưa nộp, đã quá hạn (1.234 đơn vị)
            reminder.group.LATE | 1 | Đã nộp muộn (1 đơn vị)
            reminder.group.LATE | 1234 | Đã nộp muộn (1.234 đơn vị)
            review.queue.otherMonths | 1 | 1 báo cáo của các tháng khác đang chờ thẩm định.
            review.queue.otherMonths | 1234 | 1.234 báo cáo của các tháng khác đang chờ thẩm định.
            demo.mailbox.capped | 1 | Hiển thị 0 thư mới nhất trong tổng số 1 thư.
            demo.mailbox.capped | 1234 | Hiển thị 0 thư mới nhất trong tổng số 1.234 thư.
            demo.mailbox.cleared | 1 | Đã xóa 1 thư.
            demo.mailbox.cleared | 1234 | Đã xóa 1.234 thư.
            report.form.dutiesUnknown | 1 | Biểu mẫu gửi lên có 1 mục không thuộc báo cáo này.
            report.form.dutiesUnknown | 1234 | Biểu mẫu gửi lên có 1.234 mục không thuộc báo cáo này.
            reorganisation.plan.linesWithProblems | 1 | 1 dòng có vấn đề, được đánh dấu bên dưới.
            reorganisation.plan.linesWithProblems | 1234 | 1.234 dòng có vấn đề, được đánh dấu bên dưới.
            reorganisation.flash.uploaded | 1 | Đã đọc 1 dòng từ tệp; kiểm tra các vấn đề bên dưới rồi bấm «Xem trước».
            reorganisation.flash.uploaded | 1234 | Đã đọc 1.234 dòng từ tệp; kiểm tra các vấn đề bên dưới rồi bấm «Xem trước».
            reorganisation.problem.level.childrenMisfit | 1 | Đổi cấp của ZQT1 làm 1 đơn vị trực thuộc không còn phù hợp cấp.
            reorganisation.problem.level.childrenMisfit | 1234 | Đổi cấp của ZQT1 làm 1.234 đơn vị trực thuộc không còn phù hợp cấp.
            reorganisation.problem.children.left | 1 | Đơn vị ZQT1 kết thúc nhưng còn 1 đơn vị trực thuộc (ZQH11): chuyển (MOVE) hoặc kết thúc các đơn vị đó trong cùng kế hoạch.
            reorganisation.problem.children.left | 1234 | Đơn vị ZQT1 kết thúc nhưng còn 1.234 đơn vị trực thuộc (ZQH11): chuyển (MOVE) hoặc kết thúc các đơn vị đó trong cùng kế hoạch.
            evidence.error.tooMany | 1 | Mỗi lần chỉ tải lên được tối đa 1 tệp. Vui lòng chia thành nhiều lần tải lên.
            evidence.error.tooMany | 1234 | Mỗi lần chỉ tải lên được tối đa 1.234 tệp. Vui lòng chia thành nhiều lần tải lên.
            evidence.error.reportFiles | 1 | Mỗi báo cáo chỉ được có tối đa 1 tệp tài liệu kiểm chứng, kể cả các tệp đã nộp. Vui lòng xóa bớt tệp chưa nộp hoặc gộp tài liệu lại.
            evidence.error.reportFiles | 1234 | Mỗi báo cáo chỉ được có tối đa 1.234 tệp tài liệu kiểm chứng, kể cả các tệp đã nộp. Vui lòng xóa bớt tệp chưa nộp hoặc gộp tài liệu lại.
            api.signInThrottled | 1 | Đăng nhập sai nhiều lần liên tiếp: vui lòng thử lại sau 1 giây.
            api.signInThrottled | 1234 | Đăng nhập sai nhiều lần liên tiếp: vui lòng thử lại sau 1.234 giây.
            user.signIn.locked | 1 | Đăng nhập bị tạm khóa đến 10:15:00 03/12/2026, sau 1 lần nhập sai.
            user.signIn.locked | 1234 | Đăng nhập bị tạm khóa đến 10:15:00 03/12/2026, sau 1.234 lần nhập sai.
            user.signIn.waiting | 1 | Đã nhập sai 1 lần gần đây; lần đăng nhập tiếp theo phải chờ đến 10:15:00 03/12/2026.
            user.signIn.waiting | 1234 | Đã nhập sai 1.234 lần gần đây; lần đăng nhập tiếp theo phải chờ đến 10:15:00 03/12/2026.
            user.fullName.size | 200 | Họ và tên không quá 200 ký tự.
            user.fullName.size | 1234 | Họ và tên không quá 1.234 ký tự.
            user.email.size | 254 | E-mail không quá 254 ký tự.
            user.email.size | 1234 | E-mail không quá 1.234 ký tự.
            """)
    void vietnameseKeepsItsOneTextWithTheNumberWrittenTheVietnameseWay(String key, long count, String expected) {
        assertThat(messages.getMessage(key, arguments(key, count), VIETNAMESE)).isEqualTo(expected);
    }

    @Test
    void everyEnglishTextThatChoosesByCountIsCheckedAboveAndNoVietnameseTextChooses() throws IOException {
        Properties english = MessageBundlesTest.load("messages_en.properties");
        assertThat(english.stringPropertyNames().stream().filter(key -> english.getProperty(key).contains(",choice,")))
                .containsExactlyInAnyOrderElementsOf(COUNTED.keySet());
        Properties vietnamese = MessageBundlesTest.load("messages.properties");
        assertThat(vietnamese.stringPropertyNames().stream().filter(key -> vietnamese.getProperty(key).contains(",choice,")))
                .isEmpty();
    }

    @Test
    void aCountGivenAsTextIsRefusedInEnglishRatherThanShownWithTheWrongNoun() {
        assertThatThrownBy(() -> messages.getMessage("report.daysLeft", new Object[] {"1"}, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> messages.getMessage("evidence.flash.added", new Object[] {"1,234", null}, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Object[] arguments(String key, long count) {
        LongFunction<Object[]> arguments = COUNTED.get(key);
        assertThat(arguments).as("arguments for %s", key).isNotNull();
        return arguments.apply(count);
    }
}
