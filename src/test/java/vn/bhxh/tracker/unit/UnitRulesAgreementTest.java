package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.IntegrationTest;

/**
 * Units in time (V29): the rule "a version holds a month" is written once for SQL
 * ({@code month_span_holds}, which {@code unit_tree} uses) and once for Java ({@link MonthSpan#holds});
 * here the two answer the same around a span's first and last months and a year's end, and the
 * versions V29 made from the 2021 units give each month the units that had to report in it before.
 */
@IntegrationTest
class UnitRulesAgreementTest {

    /** The 2021 baseline: 1 agency, 10 central units, 63 provincial and 705 district offices (V2). */
    private static final int UNITS_2021 = 1 + 10 + 63 + 705;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitVersionRepository versions;

    @Test
    void javaAndSqlAgreeWhetherASpanHoldsAMonthAroundItsEdgesAndAYearsEnd() {
        List<MonthSpan> spans = List.of(
                new MonthSpan(YearMonth.of(2025, 4), YearMonth.of(2025, 7)),
                new MonthSpan(YearMonth.of(2024, 12), YearMonth.of(2025, 1)),
                new MonthSpan(YearMonth.of(2025, 7), null));
        List<YearMonth> months = List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1),
                YearMonth.of(2025, 3), YearMonth.of(2025, 4), YearMonth.of(2025, 6), YearMonth.of(2025, 7),
                YearMonth.of(2025, 8), YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        List<String> differences = new ArrayList<>();
        for (MonthSpan span : spans) {
            for (YearMonth month : months) {
                boolean sql = jdbc.queryForObject("SELECT month_span_holds(?, ?, ?)", Boolean.class,
                        span.from().atDay(1), span.until() == null ? null : span.until().atDay(1), month.atDay(1));
                if (sql != span.holds(month)) {
                    differences.add(span + " " + month + ": SQL " + sql + ", Java " + span.holds(month));
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void aSpanHoldsFromItsFirstMonthToTheMonthBeforeItsEndAndAnOpenOneForever() {
        MonthSpan secondQuarter = new MonthSpan(YearMonth.of(2025, 4), YearMonth.of(2025, 7));
        assertThat(secondQuarter.holds(YearMonth.of(2025, 3))).isFalse();
        assertThat(secondQuarter.holds(YearMonth.of(2025, 4))).isTrue();
        assertThat(secondQuarter.holds(YearMonth.of(2025, 6))).isTrue();
        assertThat(secondQuarter.holds(YearMonth.of(2025, 7))).isFalse();
        assertThat(new MonthSpan(YearMonth.of(2025, 7), null).holds(YearMonth.of(2099, 12))).isTrue();
        MonthSpan december = new MonthSpan(YearMonth.of(2024, 12), YearMonth.of(2025, 1));
        assertThat(december.holds(YearMonth.of(2024, 12))).isTrue();
        assertThat(december.holds(YearMonth.of(2025, 1))).isFalse();
    }

    @Test
    void aSpanEndsAfterItStarts() {
        assertThatThrownBy(() -> new MonthSpan(YearMonth.of(2025, 4), YearMonth.of(2025, 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonthSpan(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * V29's baseline versions, one per 2021 unit from 01/2021, stay as they were; V30's decisions end
     * some of them (the 4 renamed and 3 closed central units, the 63 provincial offices, the 284 district
     * offices that moved in 04/2025), so 779 − 7 − 63 − 284 = 425 would hold; the demo's sample plan
     * (which the test database carries) ends ten more, of Hà Nội's district offices, from 07/2025: 415 hold,
     * the agency, 3 central units and 411 district offices, Bắc Từ Liêm among them.
     */
    @Test
    void everyUnitOf2021KeepsItsBaselineVersionFromJanuary2021AndThoseNo2025DecisionChangedStillHold() {
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM unit_version WHERE reorganisation_id IS NULL AND valid_from = DATE '2021-01-01'""",
                Integer.class)).isEqualTo(UNITS_2021);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT unit_id) FROM unit_version WHERE reorganisation_id IS NULL",
                Integer.class)).isEqualTo(UNITS_2021);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_version WHERE reorganisation_id IS NULL AND valid_to IS NULL",
                Integer.class)).isEqualTo(415);
        assertThat(jdbc.queryForObject("SELECT name FROM unit_tree(DATE '2021-01-01') WHERE code = 'TW-TCCB'", String.class))
                .isEqualTo("Vụ Tổ chức cán bộ");
        Long bacTuLiem = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'H021'", Long.class);
        List<UnitVersion> bacTuLiemVersions = versions.findByUnitIdOrderByValidFrom(bacTuLiem);
        assertThat(bacTuLiemVersions).singleElement().satisfies(version -> {
            assertThat(version.getName()).isEqualTo("BHXH quận Bắc Từ Liêm");
            assertThat(version.getLevel()).isEqualTo(UnitLevel.DISTRICT);
            assertThat(version.span()).isEqualTo(new MonthSpan(YearMonth.of(2021, 1), null));
        });
    }

    /**
     * The tree of a month, the agency included: none before the 2021 baseline; 1 + 10 + 63 + 705 = 779
     * units from 01/2021 (each unit in every month it was in effect at some time of, the rule before
     * versions); 1 + 14 + 34 + 705 = 754 after the 2025 steps (V30), less the three district offices
     * the demo's sample plan merges from 07/2025: 751.
     */
    @Test
    void eachMonthsTreeHoldsTheUnitsInForceThatMonth() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_tree(DATE '2021-01-01')", Integer.class)).isEqualTo(UNITS_2021);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_tree(DATE '2023-05-01')", Integer.class)).isEqualTo(UNITS_2021);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_tree(DATE '2026-12-01')", Integer.class)).isEqualTo(751);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_tree(DATE '2020-12-01')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT name FROM unit_tree(DATE '2023-05-01') WHERE code = 'T02'", String.class))
                .isEqualTo("BHXH tỉnh Hà Giang");
    }

    @Test
    @Transactional
    void aUnitsVersionsNeverOverlap() {
        Long hanoi = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'T01'", Long.class);
        Long agency = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'VN'", Long.class);
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id)
                VALUES (?, DATE '2025-07-01', 'BHXH thành phố Hà Nội', 'PROVINCE', ?)""", hanoi, agency))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @Transactional
    void aVersionEndsOnlyInAMonthItHoldsAfterItsFirst() {
        Long bacTuLiem = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'H021'", Long.class);
        UnitVersion version = versions.findByUnitIdOrderByValidFrom(bacTuLiem).get(0);
        assertThatThrownBy(() -> version.endBefore(YearMonth.of(2021, 1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> version.endBefore(YearMonth.of(2020, 6))).isInstanceOf(IllegalStateException.class);
        version.endBefore(YearMonth.of(2025, 7));
        assertThat(version.holds(YearMonth.of(2025, 6))).isTrue();
        assertThat(version.holds(YearMonth.of(2025, 7))).isFalse();
        assertThatThrownBy(() -> version.endBefore(YearMonth.of(2025, 9))).isInstanceOf(IllegalStateException.class);
    }
}
