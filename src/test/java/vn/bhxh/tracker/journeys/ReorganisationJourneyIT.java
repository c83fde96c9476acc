package vn.bhxh.tracker.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.Chromium;
import vn.bhxh.tracker.support.Journey;
import vn.bhxh.tracker.unit.reorganisation.PlanFixtures;

/**
 * Issue 11's journey for a reorganisation applied in the app: the administrator writes the decision,
 * uploads a plan that merges two district offices (ZQH11 and ZQH12 of the test province ZQT1, see
 * {@link PlanFixtures}) into a new BHXH cơ sở from next month, sees the preview refuse it for a code
 * mistyped on line 2, uploads the corrected file, confirms, and finds the decision with its lines. The
 * new office's page shows its lineage. The reviewer's dashboard for this month still lists both offices;
 * for next month (its period opened as the month-start job would) it lists the new one in their place.
 * What it writes is removed afterwards, next month's period too when the journey opened it.
 */
@BrowserTest
class ReorganisationJourneyIT extends Journey {

    private static final String HEADER = "kind,old_code,new_code,new_name,new_parent_code,level\n";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @TempDir
    Path files;

    @Autowired
    ReportingPeriods periods;

    PlanFixtures fixtures;

    /** Whether next month's period existed before the journey, so that it is left as it was. */
    boolean nextPeriodExisted;

    @BeforeEach
    void createTree() {
        fixtures = new PlanFixtures(jdbc, clock);
        fixtures.remove();
        fixtures.create();
        nextPeriodExisted = periods.find(fixtures.nextMonth()).isPresent();
    }

    @AfterEach
    void removeTree() {
        fixtures.remove();
        if (!nextPeriodExisted) {
            jdbc.update("DELETE FROM reporting_period WHERE month = ?", fixtures.nextMonth().atDay(1));
        }
    }

    @Test
    void theAdministratorMergesTwoDistrictOfficesFromNextMonthAfterFixingThePlansMistake() throws IOException {
        YearMonth month = fixtures.nextMonth();
        String monthText = String.format("%02d/%d", month.getMonthValue(), month.getYear());
        Page page = signedIn("admin");
        page.onDialog(Dialog::accept);

        page.getByTestId("home-admin").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sắp xếp tổ chức")).click();
        assertThat(page.getByTestId("reorganisation-list").locator("h1")).hasText("Sắp xếp tổ chức");
        page.getByText("Lập kế hoạch sắp xếp").click();
        page.getByLabel("Số quyết định").fill("ZQ-50/QĐ-BHXH");
        page.getByLabel("Ngày quyết định").fill("20/11/2026");
        page.getByLabel("Hiệu lực từ tháng").fill(monthText);
        page.getByText("Lưu quyết định").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu thông tin quyết định.");

        // line 2 names ZQH1Z, a slip for ZQH12
        page.getByLabel("Tệp kế hoạch (.csv hoặc .xlsx)").setInputFiles(csv("ke-hoach-sap-nhap.csv",
                "MERGE,ZQH11,ZQH100,BHXH cơ sở Thử Một,ZQT1,DISTRICT\nMERGE,ZQH1Z,ZQH100,,,\n"));
        page.getByTestId("plan-upload").getByText("Tải lên").click();
        assertThat(page.locator(".alert-success")).containsText("Đã đọc 2 dòng từ tệp");
        assertThat(page.locator("[data-testid=plan-lines] tr[data-line='2']")).containsText("Không có đơn vị nào mang mã ZQH1Z");
        Chromium.screenshotOfWindow(page, "sap-xep-ke-hoach");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem trước")).click();
        assertThat(page.getByTestId("preview-problems")).containsText("Vấn đề cần sửa trước khi áp dụng (1)");
        assertThat(page.getByTestId("preview-problems").locator("tr[data-line='2']"))
                .containsText("Không có đơn vị nào mang mã ZQH1Z, ghi ở cột old_code (mã đơn vị cũ).");
        assertThat(page.getByTestId("preview-confirm")).containsText("Chỉ xác nhận được khi kế hoạch không còn vấn đề nào.");
        Chromium.screenshot(page, "sap-xep-xem-truoc-co-loi");

        page.getByText("Sửa kế hoạch").click();
        page.getByLabel("Tệp kế hoạch (.csv hoặc .xlsx)").setInputFiles(csv("ke-hoach-sap-nhap-da-sua.csv",
                "MERGE,ZQH11,ZQH100,BHXH cơ sở Thử Một,ZQT1,DISTRICT\nMERGE,ZQH12,ZQH100,,,\n"));
        page.getByTestId("plan-upload").getByText("Tải lên").click();
        assertThat(page.getByTestId("reorganisation-plan")).containsText("Kế hoạch chưa thấy vấn đề nào.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem trước")).click();
        assertThat(page.getByTestId("preview-changes").locator("tr[data-code='ZQH100']")).containsText("BHXH cơ sở Thử Một");
        assertThat(page.getByTestId("preview-changes").locator("tr[data-code='ZQH11']")).containsText("Kế thừa: ZQH100");
        Chromium.screenshot(page, "sap-xep-xem-truoc");

        page.getByText("Xác nhận áp dụng").click();
        assertThat(page.locator(".alert-success")).containsText("Đã áp dụng quyết định sắp xếp tổ chức.");
        assertThat(page.getByTestId("reorganisation-decision").locator("h1")).containsText("Quyết định ZQ-50/QĐ-BHXH");
        assertThat(page.getByTestId("decision-lines")).containsText("BHXH huyện Một Một");
        assertThat(page.getByTestId("decision-lines")).containsText("BHXH huyện Một Hai");
        assertThat(page.getByTestId("decision-lines")).containsText("BHXH cơ sở Thử Một");
        Chromium.screenshot(page, "sap-xep-quyet-dinh");

        page.getByText("Sắp xếp tổ chức").first().click();
        assertThat(page.getByTestId("decisions")).containsText("ZQ-50/QĐ-BHXH");
        org.assertj.core.api.Assertions.assertThat(fixtures.tree(month.minusMonths(1), "ZQH1")).containsOnlyKeys("ZQH11", "ZQH12", "ZQH13");
        org.assertj.core.api.Assertions.assertThat(fixtures.tree(month, "ZQH1")).containsOnlyKeys("ZQH13", "ZQH100");

        Long merged = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'ZQH100'", Long.class);
        page.navigate(url("/admin/units/" + merged));
        assertThat(page.getByTestId("unit-predecessors")).containsText("BHXH huyện Một Một");
        assertThat(page.getByTestId("unit-predecessors")).containsText("BHXH huyện Một Hai");
        assertThat(page.getByTestId("unit-periods")).containsText("ZQ-50/QĐ-BHXH");
        close(page);

        periods.open(month);
        Long province = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'ZQT1'", Long.class);
        Page reviewer = signedIn("tccb");
        reviewer.navigate(url("/dashboard/units?month=" + month.minusMonths(1) + "&province=" + province));
        Locator thisMonth = reviewer.getByTestId("unit-matrix");
        assertThat(thisMonth.locator("tr[data-unit='ZQH11']")).containsText("BHXH huyện Một Một");
        assertThat(thisMonth.locator("tr[data-unit='ZQH12']")).containsText("BHXH huyện Một Hai");
        assertThat(thisMonth.locator("tr[data-unit='ZQH100']")).hasCount(0);
        reviewer.navigate(url("/dashboard/units?month=" + month + "&province=" + province));
        Locator nextMonth = reviewer.getByTestId("unit-matrix");
        assertThat(nextMonth.locator("tr[data-unit='ZQH100']")).containsText("BHXH cơ sở Thử Một");
        assertThat(nextMonth.locator("tr[data-unit='ZQH13']")).containsText("BHXH huyện Một Ba");
        assertThat(nextMonth.locator("tr[data-unit='ZQH11']")).hasCount(0);
        assertThat(nextMonth.locator("tr[data-unit='ZQH12']")).hasCount(0);
        close(reviewer);
    }

    private Path csv(String name, String lines) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, HEADER + lines, StandardCharsets.UTF_8);
        return file;
    }
}
