package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.Reorganisation2023;

/**
 * A unit's page and the unit list as the administrator sees them across the reorganisation of May 2023
 * of {@link Reorganisation2023} ("today" is January 2024): each unit's lineage as a timeline of its
 * versions, the units it came from and became, and the decision behind each change; the empty states
 * of a unit that never changed; unknown and malformed ids.
 */
@IntegrationTest
@Transactional
@ExtendWith(Reorganisation2023.TodayInJanuary2024.class)
class UnitPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMergedUnitsPageNamesTheUnitsItCameFromWithTheMonthAndTheSampleDecision() throws Exception {
        var r = Reorganisation2023.May.apply(jdbc);

        String page = page(get("/admin/units/{id}", r.merged));
        assertThat(page).contains("<h1 class=\"h3\">BHXH liên huyện Đồng Văn – Mèo Vạc</h1>", "Đang hoạt động")
                .contains("href=\"/admin/units/" + r.dongVan + "\">BHXH huyện Đồng Văn</a>",
                        "href=\"/admin/units/" + r.meoVac + "\">BHXH huyện Mèo Vạc</a>", "từ 05/2023")
                .contains("Quyết định số 45/QĐ-MẪU ngày 20/04/2023, hiệu lực từ 05/2023", "Mẫu (dữ liệu minh họa)",
                        "Sáp nhập thử nghiệm")
                .contains("<strong>từ 05/2023</strong>", "Không có đơn vị kế thừa.")
                .doesNotContain("data-testid=\"lineage-unchanged\"", "Không hình thành từ đơn vị nào khác.");
        assertThat(section(page, "unit-predecessors")).contains("BHXH huyện Đồng Văn", "BHXH huyện Mèo Vạc");
    }

    @Test
    void aMergedAwayUnitsPageSaysWhenItEndedWhatItBecameAndUnderWhichDecision() throws Exception {
        var r = Reorganisation2023.May.apply(jdbc);

        String page = page(get("/admin/units/{id}", r.dongVan));
        assertThat(page).contains("<h1 class=\"h3\">BHXH huyện Đồng Văn</h1>", "Ngừng hoạt động từ 05/2023")
                .contains("Ngừng hoạt động theo", "Vị trí và các đơn vị trực thuộc theo tổ chức tháng 04/2023.")
                .contains("<strong>01/2021 – 04/2023</strong>", "Theo tổ chức năm 2021")
                .contains("href=\"/admin/units/" + r.haGiang + "\">BHXH tỉnh Hà Giang</a>");
        assertThat(section(page, "unit-successors"))
                .contains("href=\"/admin/units/" + r.merged + "\">BHXH liên huyện Đồng Văn – Mèo Vạc</a>", "từ 05/2023",
                        "45/QĐ-MẪU", "Mẫu (dữ liệu minh họa)");
        assertThat(page).doesNotContain("Hiện hành");
    }

    @Test
    void aRenamedUnitsTimelineShowsBothNamesTheirMonthsAndTheDecision() throws Exception {
        var r = Reorganisation2023.May.apply(jdbc);

        String periods = section(page(get("/admin/units/{id}", r.tayHo)), "unit-periods");
        assertThat(periods).contains("<strong>01/2021 – 04/2023</strong>", "BHXH quận Tây Hồ", "Theo tổ chức năm 2021")
                .contains("<strong>từ 05/2023</strong>", "Hiện hành", "BHXH khu vực Tây Hồ", "Đổi tên, trước đây: BHXH quận Tây Hồ")
                .contains("Quyết định số 123/QĐ-BHXH ngày 10/04/2023, hiệu lực từ 05/2023", "(do quản trị hệ thống áp dụng)")
                .doesNotContain("Mẫu (dữ liệu minh họa)", "Chuyển đơn vị cấp trên");
        assertThat(periods.indexOf("BHXH quận Tây Hồ")).as("oldest first").isLessThan(periods.indexOf("<strong>từ 05/2023</strong>"));
    }

    @Test
    void aMovedUnitsPageLinksItsParentsThenAndNowAndItsBreadcrumbFollowsTheMove() throws Exception {
        var r = Reorganisation2023.May.apply(jdbc);

        String page = page(get("/admin/units/{id}", r.xinMan));
        assertThat(section(page, "unit-periods"))
                .contains("href=\"/admin/units/" + r.haGiang + "\">BHXH tỉnh Hà Giang</a>")
                .contains("href=\"/admin/units/" + r.tuyenQuang + "\">BHXH tỉnh Tuyên Quang</a>")
                .contains("Chuyển đơn vị cấp trên, trước đây trực thuộc")
                .doesNotContain("Đổi tên");
        assertThat(section(page, "breadcrumb")).contains("BHXH tỉnh Tuyên Quang").doesNotContain("BHXH tỉnh Hà Giang");
    }

    @Test
    void aProvincesPageListsTheOfficesUnderItTodayAndAnEndedOnesThoseOfItsLastMonth() throws Exception {
        var r = Reorganisation2023.May.apply(jdbc);

        String haGiang = section(page(get("/admin/units/{id}", r.haGiang)), "unit-children");
        assertThat(haGiang).contains("BHXH liên huyện Đồng Văn – Mèo Vạc").doesNotContain("BHXH huyện Đồng Văn", "BHXH huyện Xín Mần");
        assertThat(page(get("/admin/units/{id}", r.haGiang))).contains("Đơn vị trực thuộc (" + Reorganisation2023.May.HA_GIANG_DISTRICTS_AFTER + ")");
    }

    /** A unit of its own, so that no later reorganisation of the 2021 units changes what it shows. */
    @Test
    void aUnitThatNeverChangedSaysSoWithOnePeriodAndNoPredecessorsOrSuccessors() throws Exception {
        long hanoi = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'T01'", Long.class);
        long unchanged = jdbc.queryForObject("""
                INSERT INTO unit (code) VALUES ('X21') RETURNING id""", Long.class);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id)
                VALUES (?, DATE '2021-01-01', 'BHXH quận Mẫu', 'DISTRICT', ?)""", unchanged, hanoi);

        String page = page(get("/admin/units/{id}", unchanged));
        assertThat(page).contains("data-testid=\"lineage-unchanged\"",
                        "Đơn vị giữ nguyên tên, cấp và đơn vị cấp trên từ 01/2021, không hình thành từ đơn vị nào khác.")
                .contains("Không hình thành từ đơn vị nào khác.", "Không có đơn vị kế thừa.", "Không có đơn vị trực thuộc.")
                .contains("<strong>từ 01/2021</strong>", "Hiện hành", "Theo tổ chức năm 2021", "Đang hoạt động")
                .doesNotContain("data-testid=\"unit-predecessors\"", "data-testid=\"unit-successors\"", "data-testid=\"decision\"");
        assertThat(section(page, "breadcrumb")).contains("Bảo hiểm xã hội Việt Nam", "BHXH thành phố Hà Nội");
    }

    @Test
    void thePageSpeaksEnglishToo() throws Exception {
        var r = Reorganisation2023.May.apply(jdbc);

        String page = page(get("/admin/units/{id}", r.dongVan).param("lang", "en"));
        assertThat(page).contains("Lineage", "Formed from", "Became", "No longer in operation from 05/2023")
                .contains("Decision No. 45/QĐ-MẪU of 20/04/2023, in effect from 05/2023", "Sample (illustrative data)")
                .contains("As organised in 2021");
    }

    @Test
    void theUnitListShowsTodaysNameTheFormerOneAndWhenAUnitEnded() throws Exception {
        Reorganisation2023.May.apply(jdbc);

        assertThat(page(get("/admin/units").param("q", "tay ho")))
                .contains("BHXH khu vực Tây Hồ", "Tên khác qua các thời kỳ: BHXH quận Tây Hồ", "Đang hoạt động");
        assertThat(page(get("/admin/units").param("q", "dong van"))).contains("Ngừng hoạt động từ 05/2023");
    }

    @Test
    void anUnknownUnitAnswers404AndAnIdThatIsNoNumber400() throws Exception {
        mvc.perform(get("/admin/units/{id}", 999_999_999L).with(demo.as("admin")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/units/{id}", -1).with(demo.as("admin")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/units/ba-dinh").with(demo.as("admin")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(demo.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The part of the page marked with this test id (or the breadcrumb: "breadcrumb"), up to the end of its list or table. */
    private static String section(String page, String marker) {
        String start = marker.equals("breadcrumb") ? "class=\"breadcrumb\"" : "data-testid=\"" + marker + "\"";
        String end = switch (marker) {
            case "breadcrumb", "unit-periods" -> "</ol>";
            case "unit-children" -> "</table>";
            default -> "</ul>";
        };
        int from = page.indexOf(start);
        assertThat(from).as(marker + " on the page").isNotNegative();
        return page.substring(from, page.indexOf(end, from));
    }
}
