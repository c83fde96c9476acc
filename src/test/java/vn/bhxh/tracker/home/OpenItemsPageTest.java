package vn.bhxh.tracker.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * The administrator's home page says what the 2025 reorganisations left unassigned, with a link to the
 * list (admins only): 3 central units closed without a successor and 695 district offices waiting for
 * their BHXH cơ sở (V30; counted in OpenItemsTest), and an account once one is left in a closed unit.
 */
@IntegrationTest
class OpenItemsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void theAdministratorsHomeCountsWhatIsStillUnassignedAndLinksToEachKind() throws Exception {
        String home = page(get("/"), "admin");
        assertThat(home).contains("data-testid=\"open-items\"", "Việc còn lại sau sắp xếp tổ chức",
                        "Đơn vị đã giải thể, chưa rõ đơn vị kế thừa", "BHXH cấp huyện chưa rõ thuộc BHXH cơ sở nào",
                        "href=\"/admin/open-items?kind=CLOSED_WITHOUT_SUCCESSOR\"", "href=\"/admin/open-items\"")
                .containsPattern("data-kind=\"CLOSED_WITHOUT_SUCCESSOR\">\\s*<a[^>]*>[^<]*</a>\\s*<span[^>]*>3</span>")
                .containsPattern("data-kind=\"AWAITING_LOCAL_OFFICE\">\\s*<a[^>]*>[^<]*</a>\\s*<span[^>]*>695</span>")
                // no account is in a closed unit: that kind is not shown
                .doesNotContain("data-kind=\"USER_IN_CLOSED_UNIT\"", "data-testid=\"open-items-none\"");
        assertThat(page(get("/").param("lang", "en"), "admin")).contains("Still unassigned after reorganisations");
    }

    @Test
    @Transactional
    void whenEverythingIsSettledTheHomeSaysSoAndTheListIsEmpty() throws Exception {
        jdbc.update("UPDATE reorganisation_open_item SET resolved_at = now()");
        assertThat(page(get("/"), "admin")).contains("data-testid=\"open-items-none\"",
                "Không còn việc nào cần xác định sau sắp xếp tổ chức.").doesNotContain("href=\"/admin/open-items\"");
        assertThat(page(get("/admin/open-items"), "admin")).contains("Tất cả (0)",
                "Không còn việc nào cần xác định sau sắp xếp tổ chức.").doesNotContain("<table");
    }

    @Test
    void theListShowsEachItemWithItsUnitAndDecisionAPageAtATime() throws Exception {
        String all = page(get("/admin/open-items"), "admin");
        assertThat(all).contains("Tất cả (698)", "Trang 1/35 · 698 kết quả", "Vụ Hợp tác quốc tế", "391/QĐ-BTC, từ tháng 03/2025",
                "BHXH quận Tây Hồ", "1521/BHXH-TCCB, từ tháng 07/2025", "aria-current=\"page\"");
        String districts = page(get("/admin/open-items").param("kind", "AWAITING_LOCAL_OFFICE").param("page", "1"), "admin");
        assertThat(districts).contains("Trang 2/35 · 695 kết quả", "href=\"?kind=AWAITING_LOCAL_OFFICE&page=0\"")
                .doesNotContain("Vụ Hợp tác quốc tế");
        String closed = page(get("/admin/open-items").param("kind", "CLOSED_WITHOUT_SUCCESSOR"), "admin");
        assertThat(closed).contains("Vụ Hợp tác quốc tế", "Vụ Kế hoạch và Đầu tư", "Vụ Thi đua - Khen thưởng")
                .doesNotContain("BHXH quận Tây Hồ");
        // a page before the first is the first
        assertThat(page(get("/admin/open-items").param("page", "-3"), "admin")).contains("Trang 1/35");
    }

    @Test
    void aKindThatDoesNotExistIsABadRequestAndOnlyAnAdministratorSeesTheList() throws Exception {
        mvc.perform(get("/admin/open-items").param("kind", "EVERYTHING").with(demo.as("admin"))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/open-items").with(demo.as("tccb"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/open-items").with(demo.as("hanoi"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/open-items")).andExpect(status().is3xxRedirection());
        assertThat(page(get("/"), "tccb")).doesNotContain("data-testid=\"open-items\"");
    }

    @Test
    @Transactional
    void anAccountLeftInAClosedUnitIsListedByNameUntilTheAdministratorMovesItToAnotherUnit() throws Exception {
        Long account = accounts.ensure("con.lai.htqt", "Trần Thị Mai", "con.lai.htqt@example.invalid", "TW-HTQT", null,
                EnumSet.of(Role.UNIT_LEADER));
        jdbc.update("""
                INSERT INTO reorganisation_open_item (reorganisation_id, kind, unit_id, user_account_id)
                SELECT r.id, 'USER_IN_CLOSED_UNIT', a.unit_id, a.id FROM user_account a, reorganisation r
                WHERE a.id = ? AND r.effective_month = DATE '2025-03-01'""", account);
        assertThat(page(get("/"), "admin")).containsPattern(
                "data-kind=\"USER_IN_CLOSED_UNIT\">\\s*<a[^>]*>Người dùng thuộc đơn vị đã giải thể hoặc chia tách</a>\\s*<span[^>]*>1</span>");
        assertThat(page(get("/admin/open-items").param("kind", "USER_IN_CLOSED_UNIT"), "admin"))
                .contains("href=\"/admin/users/" + account + "\">Trần Thị Mai</a>", "Vụ Hợp tác quốc tế");

        Long office = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'TW-VP'", Long.class);
        Long version = jdbc.queryForObject("SELECT version FROM user_account WHERE id = ?", Long.class, account);
        mvc.perform(post("/admin/users/{id}", account).with(demo.as("admin")).with(csrf())
                        .param("version", version.toString()).param("username", "con.lai.htqt").param("fullName", "Trần Thị Mai")
                        .param("email", "con.lai.htqt@example.invalid").param("unitId", office.toString())
                        .param("position", "DEPUTY").param("roles", "UNIT_LEADER"))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/"), "admin")).doesNotContain("data-kind=\"USER_IN_CLOSED_UNIT\"");
        assertThat(jdbc.queryForObject("""
                SELECT a.username FROM reorganisation_open_item i JOIN user_account a ON a.id = i.resolved_by
                WHERE i.user_account_id = ?""", String.class, account)).isEqualTo("admin");
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return html(mvc.perform(request.with(demo.as(username))).andExpect(status().isOk()));
    }
}
