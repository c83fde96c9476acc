package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.IntegrationTest;

/**
 * What the 2025 reorganisations leave for the administrator (V30), as {@link OpenItems} reads it. Counted
 * by hand: the three central units QĐ 391 closes without naming a successor (TW-HTQT, TW-KHDT,
 * TW-TDKT); the 705 district offices in force in 07/2025, each waiting for its BHXH cơ sở, less the ten of
 * Hà Nội the demo's sample plan settles (H001, H002, H006, H007, H008, H269, H272 renamed from 07/2025;
 * H020, H271, H273 merged into three of them): 695; no account (the test database had none when V30 ran,
 * and no demo account is in a closed unit). Each item is settled by the decision that settles it
 * ({@code settle_open_items}, V35): one recording a succession from the closed unit, one with a line
 * about the district office; an account's, by placing it in another unit.
 */
@IntegrationTest
class OpenItemsTest {

    @Autowired
    OpenItems openItems;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSourcesLeaveThreeCentralUnitsWithoutSuccessorAndEveryDistrictOfficeWithoutItsLocalOffice() {
        assertThat(openItems.counts()).containsExactly(Map.entry(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, 3L),
                Map.entry(OpenItems.Kind.USER_IN_CLOSED_UNIT, 0L), Map.entry(OpenItems.Kind.AWAITING_LOCAL_OFFICE, 695L));
    }

    @Test
    void theListGivesTheClosedUnitsFirstThenTheDistrictOfficesByCodeEachWithItsDecisionAndLatestName() {
        Page<OpenItems.Item> first = openItems.list(null, PageRequest.of(0, 5));
        assertThat(first.getTotalElements()).isEqualTo(698);
        assertThat(first.getContent()).extracting(OpenItems.Item::unitCode)
                .containsExactly("TW-HTQT", "TW-KHDT", "TW-TDKT", "H003", "H004");
        assertThat(first.getContent().get(0)).satisfies(item -> {
            assertThat(item.kind()).isEqualTo(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR);
            assertThat(item.unitName()).isEqualTo("Vụ Hợp tác quốc tế");
            assertThat(item.decisionNumber()).isEqualTo("391/QĐ-BTC");
            assertThat(item.effectiveMonth()).isEqualTo(YearMonth.of(2025, 3));
            assertThat(item.userId()).isNull();
        });
        assertThat(first.getContent().get(3)).satisfies(item -> {
            assertThat(item.kind()).isEqualTo(OpenItems.Kind.AWAITING_LOCAL_OFFICE);
            assertThat(item.unitName()).isEqualTo("BHXH quận Tây Hồ");
            assertThat(item.parentName()).isEqualTo("BHXH thành phố Hà Nội");
            assertThat(item.decisionNumber()).isEqualTo("1521/BHXH-TCCB");
            assertThat(item.effectiveMonth()).isEqualTo(YearMonth.of(2025, 7));
        });
        // a Hà Giang district office is listed under the office it moved to, by that office's name today
        Page<OpenItems.Item> districts = openItems.list(OpenItems.Kind.AWAITING_LOCAL_OFFICE, PageRequest.of(0, 20));
        assertThat(districts.getTotalElements()).isEqualTo(695);
        assertThat(districts.getTotalPages()).isEqualTo(35);
        OpenItems.Item haGiang = openItems.list(OpenItems.Kind.AWAITING_LOCAL_OFFICE, PageRequest.of(0, 705)).stream()
                .filter(item -> item.unitCode().equals("H024")).findFirst().orElseThrow();
        assertThat(haGiang.parentName()).isEqualTo("BHXH tỉnh Tuyên Quang");
        assertThat(openItems.list(OpenItems.Kind.USER_IN_CLOSED_UNIT, PageRequest.of(0, 20))).isEmpty();
        assertThat(openItems.list(null, PageRequest.of(1000, 20)).getContent()).isEmpty();
    }

    @Test
    @Transactional
    void aClosedUnitIsSettledByTheDecisionThatRecordsASuccessionFromItOnceAndWithThatDecision() {
        // 01/2031: TW-VP takes over TW-HTQT, closed in 03/2025 with no successor named
        long decision = decision("ZQ-OI-1/QĐ");
        jdbc.update("""
                INSERT INTO unit_succession (predecessor_id, successor_id, effective_on, reorganisation_id)
                SELECT p.id, s.id, DATE '2031-01-01', ? FROM unit p, unit s WHERE p.code = 'TW-HTQT' AND s.code = 'TW-VP'""",
                decision);

        assertThat(openItems.settleBy(decision)).isOne();
        assertThat(openItems.settleBy(decision)).isZero();

        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, 2L)
                .containsEntry(OpenItems.Kind.AWAITING_LOCAL_OFFICE, 695L);
        assertThat(openItems.list(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, PageRequest.of(0, 20)))
                .extracting(OpenItems.Item::unitCode).containsExactly("TW-KHDT", "TW-TDKT");
        assertThat(settledBy("TW-HTQT")).isEqualTo(decision);
    }

    @Test
    @Transactional
    void aSuccessionRecordedByNoDecisionSettlesNothing() {
        jdbc.update("""
                INSERT INTO unit_succession (predecessor_id, successor_id, effective_on)
                SELECT p.id, s.id, DATE '2031-01-01' FROM unit p, unit s WHERE p.code = 'TW-HTQT' AND s.code = 'TW-VP'""");
        assertThat(openItems.settleBy(decision("ZQ-OI-2/QĐ"))).isZero();
        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, 3L);
    }

    @Test
    @Transactional
    void aDistrictOfficeIsSettledByTheDecisionWithALineAboutItAndNoOtherIs() {
        // 01/2031: Tây Hồ is renamed a BHXH cơ sở and Long Biên merges into it; Cầu Giấy (H005) has no line
        // (Ba Đình and Hoàn Kiếm, H001 and H002, the demo's sample settled already: 695 open before)
        long decision = decision("ZQ-OI-3/QĐ");
        jdbc.update("""
                INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, successor_id, new_name)
                SELECT ?, 1, 'RENAME', u.id, NULL, 'BHXH cơ sở Tây Hồ' FROM unit u WHERE u.code = 'H003'
                UNION ALL
                SELECT ?, 2, 'MERGE', u.id, s.id, NULL FROM unit u, unit s WHERE u.code = 'H004' AND s.code = 'H003'""",
                decision, decision);

        assertThat(openItems.settleBy(decision)).isEqualTo(2);

        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.AWAITING_LOCAL_OFFICE, 693L)
                .containsEntry(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, 3L);
        assertThat(openItems.list(OpenItems.Kind.AWAITING_LOCAL_OFFICE, PageRequest.of(0, 1)))
                .extracting(OpenItems.Item::unitCode).containsExactly("H005");
        assertThat(settledBy("H003")).isEqualTo(decision);
        assertThat(settledBy("H004")).isEqualTo(decision);
    }

    @Test
    void theDecisionsOf2025SettleNoneOfTheItemsTheyLeft() {
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM reorganisation_open_item i JOIN reorganisation r ON r.id = i.resolved_by_reorganisation_id
                WHERE r.source = 'MIGRATION'""", Integer.class)).isZero();
    }

    @Test
    @Transactional
    void anAccountInAClosedUnitStaysOpenUntilItIsPlacedAndTheOneWhoPlacedItIsKept() {
        Long account = insertAccountWithItem("open.item.user", "TW-KHDT");
        Long admin = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.USER_IN_CLOSED_UNIT, 1L);
        assertThat(openItems.list(OpenItems.Kind.USER_IN_CLOSED_UNIT, PageRequest.of(0, 20))).singleElement()
                .satisfies(item -> {
                    assertThat(item.userId()).isEqualTo(account);
                    assertThat(item.unitCode()).isEqualTo("TW-KHDT");
                    assertThat(item.unitName()).isEqualTo("Vụ Kế hoạch và Đầu tư");
                });

        openItems.settleUser(account, admin);

        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.USER_IN_CLOSED_UNIT, 0L);
        assertThat(jdbc.queryForObject("SELECT resolved_by FROM reorganisation_open_item WHERE user_account_id = ?",
                Long.class, account)).isEqualTo(admin);
        openItems.settleUser(-1L, admin); // an account with no item: nothing to settle
        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, 3L);
    }

    @Test
    @Transactional
    void anAccountsItemNamesTheAccount() {
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO reorganisation_open_item (reorganisation_id, kind, unit_id)
                SELECT reorganisation_id, 'USER_IN_CLOSED_UNIT', unit_id FROM reorganisation_open_item
                WHERE kind = 'CLOSED_WITHOUT_SUCCESSOR' LIMIT 1""")).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @Transactional
    void aUnitsItemNamesNoAccount() {
        Long account = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO reorganisation_open_item (reorganisation_id, kind, unit_id, user_account_id)
                SELECT reorganisation_id, 'AWAITING_LOCAL_OFFICE', unit_id, ? FROM reorganisation_open_item
                WHERE kind = 'AWAITING_LOCAL_OFFICE' LIMIT 1""", account)).isInstanceOf(DataIntegrityViolationException.class);
    }

    /** A decision of 01/2031 recorded by no administrator, with no line yet: its id. */
    private long decision(String number) {
        return jdbc.queryForObject("""
                INSERT INTO reorganisation (decision_number, decided_on, effective_month, source, applied_at)
                VALUES (?, DATE '2030-12-01', DATE '2031-01-01', 'ADMIN', now()) RETURNING id""", Long.class, number);
    }

    /** The decision that settled the unit's open item. */
    private Long settledBy(String unitCode) {
        return jdbc.queryForObject("""
                SELECT i.resolved_by_reorganisation_id FROM reorganisation_open_item i JOIN unit u ON u.id = i.unit_id
                WHERE u.code = ? AND i.user_account_id IS NULL""", Long.class, unitCode);
    }

    /** An account of a closed unit and its open item under QĐ 391's decision of 03/2025, as V30 writes them. */
    private Long insertAccountWithItem(String username, String unitCode) {
        Long account = jdbc.queryForObject("""
                INSERT INTO user_account (username, full_name, email, unit_id, password_hash)
                SELECT ?, 'Người dùng của đơn vị đã giải thể', ? || '@example.invalid', id, 'x' FROM unit WHERE code = ?
                RETURNING id""", Long.class, username, username, unitCode);
        jdbc.update("""
                INSERT INTO reorganisation_open_item (reorganisation_id, kind, unit_id, user_account_id)
                SELECT r.id, 'USER_IN_CLOSED_UNIT', a.unit_id, a.id
                FROM user_account a, reorganisation r WHERE a.id = ? AND r.effective_month = DATE '2025-03-01'""", account);
        return account;
    }
}
