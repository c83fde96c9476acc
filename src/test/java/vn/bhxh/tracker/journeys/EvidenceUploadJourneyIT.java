package vn.bhxh.tracker.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.Chromium;
import vn.bhxh.tracker.support.Journey;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * Evidence through a real browser and a real servlet container: a PDF is attached to duty 2a; files
 * over the application's limit and over the container's (a part, the whole request) and a disguised
 * file are refused with Vietnamese messages; and the text typed but not saved survives every upload.
 */
@BrowserTest
class EvidenceUploadJourneyIT extends Journey {

    private static final String UNIT_CODE = "H004";
    private static final String HEAD = "journey.longbien";
    private static final long MEGABYTE = 1024 * 1024;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    Clock clock;

    @TempDir
    Path files;

    @Test
    void aLeaderAttachesAPdfAndIsToldWhyATooLargeOrDisguisedFileIsRefusedKeepingWhatTheyTyped() throws IOException {
        testAccounts.ensureLeader(HEAD, "Ngô Thị Mai", UNIT_CODE, Position.HEAD);
        YearMonth month = YearMonth.now(clock);
        periods.open(month);

        Page page = signedIn(HEAD);
        page.onDialog(Dialog::accept);
        page.navigate(url("/my-unit/reports/" + month));
        if (page.getByTestId("start-report").isVisible()) {
            page.getByText("Lập báo cáo mới").click();
        } else {
            page.navigate(page.url() + "/edit");
        }
        Locator duty2a = page.locator("[data-testid=report-form] div.card[data-duty='2a']");
        // typed and not saved: each upload below reloads the page, and the text must come back every time
        String typed = "Đã niêm yết công khai 12 thủ tục tại bộ phận một cửa (chưa lưu)";
        Locator whatWasDone = duty2a.locator("textarea[name='duties[0].whatWasDone']");
        page.waitForLoadState(LoadState.LOAD);
        whatWasDone.fill(typed);
        Locator upload = duty2a.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tải lên"));

        duty2a.locator("input[type=file]").setInputFiles(pdf("ke-hoach-cong-khai-thu-tuc.pdf", 2_000));
        upload.click();
        assertThat(page.locator(".alert-success")).containsText("Đã tải lên 1 tệp");
        assertThat(duty2a.getByTestId("evidence-files")).containsText("ke-hoach-cong-khai-thu-tuc.pdf");
        assertThat(whatWasDone).hasValue(typed);
        assertThat(page.locator("[data-draft-kept]")).containsText("vẫn được giữ lại");
        Chromium.screenshot(duty2a.getByTestId("evidence"), "bao-cao-tai-lieu-kiem-chung");

        // over the application's limit, over the container's limit for a file, over its limit for a request
        for (long size : new long[] {25 * MEGABYTE, 60 * MEGABYTE, 120 * MEGABYTE}) {
            duty2a.locator("input[type=file]").setInputFiles(pdf("bien-ban-qua-lon-" + size + ".pdf", size));
            upload.click();
            assertThat(page.locator(".alert-danger")).containsText(size > 110 * MEGABYTE
                    ? "Tổng dung lượng các tệp trong một lần tải lên vượt quá 50 MB" : "Tệp vượt quá dung lượng cho phép (20 MB mỗi tệp)");
            assertThat(page.getByTestId("report-form")).isVisible();
            assertThat(whatWasDone).hasValue(typed);
        }

        Path disguised = files.resolve("bao-cao.pdf");
        Files.writeString(disguised, "<html><script>alert(1)</script></html>", StandardCharsets.UTF_8);
        duty2a.locator("input[type=file]").setInputFiles(disguised);
        upload.click();
        assertThat(page.locator(".alert-danger")).containsText("không thuộc định dạng được chấp nhận");
        assertThat(duty2a.getByTestId("evidence-files")).not().containsText("bao-cao.pdf");
        assertThat(whatWasDone).hasValue(typed);

        // kept only for the page the upload comes back to: a later visit shows what was saved
        page.navigate(page.url());
        assertThat(whatWasDone).not().hasValue(typed);
        close(page);
    }

    /** A file that starts like a PDF, padded to the given size. */
    private Path pdf(String name, long size) throws IOException {
        Path file = files.resolve(name);
        Files.write(file, "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        try (RandomAccessFile padded = new RandomAccessFile(file.toFile(), "rw")) {
            padded.setLength(size);
        }
        return file;
    }

}
