package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestClock;

/**
 * Units as other modules refer to them: by id or code, as records, one or many at a time, today or as
 * they were in a month (the lookups across a reorganisation: {@link UnitsInTimeTest}).
 */
@IntegrationTest
class UnitDirectoryTest {

    @Autowired
    UnitDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * V30's 04/2025 step: Tuyên Quang's office (T08) continues and Hà Giang's (T02) merges into it; Hồ
     * Chí Minh City's (T79) takes in Bình Dương's (T74) and Bà Rịa - Vũng Tàu's (T77); Hà Nội's (T01)
     * continues nothing. Lineage is the unit and its predecessors, never its successors.
     */
    @Test
    void aUnitsLineageIsItselfAndEveryUnitItContinuedButNotWhatContinuedIt() {
        assertThat(directory.lineageOf(id("T08"))).containsExactlyInAnyOrder(id("T08"), id("T02"));
        assertThat(directory.lineageOf(id("T79"))).containsExactlyInAnyOrder(id("T79"), id("T77"), id("T74"));
        assertThat(directory.lineageOf(id("T01"))).containsExactly(id("T01"));
        assertThat(directory.lineageOf(id("T02"))).containsExactly(id("T02"));
        assertThat(directory.lineageOf(null)).isEmpty();
    }

    /** Hà Giang's office joined Tuyên Quang's lineage in 04/2025: not yet in 03/2025, from 04/2025 on. */
    @Test
    void aUnitsLineageInAMonthHasOnlyTheSuccessionsThatHadTakenEffectByThen() {
        assertThat(directory.lineageOf(id("T08"), YearMonth.of(2025, 3))).containsExactly(id("T08"));
        assertThat(directory.lineageOf(id("T08"), YearMonth.of(2025, 4))).containsExactlyInAnyOrder(id("T08"), id("T02"));
        assertThat(directory.lineageOf(id("T08"), YearMonth.of(2026, 11))).containsExactlyInAnyOrder(id("T08"), id("T02"));
        assertThat(directory.lineageOf(null, YearMonth.of(2025, 4))).isEmpty();
    }

    /**
     * A unit made in 2031 from T08 (itself Hà Giang's and Tuyên Quang's successor) and, by a second
     * path, from T02 again: its lineage goes through both reorganisations and names each unit once, at
     * its nearest generation.
     */
    @Test
    @Transactional
    void lineageFollowsSuccessionThroughEveryReorganisationAndNamesAUnitOnce() {
        Long x31 = jdbc.queryForObject("INSERT INTO unit (code) VALUES ('X31') RETURNING id", Long.class);
        jdbc.update("""
                INSERT INTO unit_succession (predecessor_id, successor_id, effective_on)
                VALUES (?, ?, DATE '2031-01-01'), (?, ?, DATE '2031-01-01')""", id("T08"), x31, id("T02"), x31);

        assertThat(directory.lineageOf(x31)).containsExactlyInAnyOrder(x31, id("T08"), id("T02"));
        assertThat(jdbc.queryForList("SELECT generation FROM unit_lineage(?) WHERE unit_id = ?", Integer.class,
                x31, id("T02"))).containsExactly(1);
        assertThat(directory.lineageOf(x31, YearMonth.of(2030, 12))).containsExactly(x31);
    }

    /**
     * Of some units, those in force in a month, as that month's versions name them: in 03/2025 T08 is
     * still "BHXH tỉnh Tuyên Quang" and T02 in force; in 05/2025 T08 is "BHXH khu vực XIX" and T02 has
     * ended. An unknown id, or none, finds nothing.
     */
    @Test
    void ofSomeUnitsThoseInForceInAMonthComeAsThatMonthNamesThem() {
        assertThat(directory.refsInEffect(List.of(id("T08"), id("T02"), -1L), YearMonth.of(2025, 3)))
                .containsOnlyKeys(id("T08"), id("T02"))
                .extractingByKey(id("T08")).extracting(UnitRef::name).isEqualTo("BHXH tỉnh Tuyên Quang");
        assertThat(directory.refsInEffect(List.of(id("T08"), id("T02")), YearMonth.of(2025, 5)))
                .containsOnlyKeys(id("T08"))
                .extractingByKey(id("T08")).extracting(UnitRef::name).isEqualTo("BHXH khu vực XIX");
        assertThat(directory.refsInEffect(List.of(), YearMonth.of(2025, 5))).isEmpty();
    }

    /**
     * How units of 03/2025 came under Tuyên Quang's office (T08): Đồng Văn (H026) moved under it from
     * 04/2025, Hà Giang's office (T02) merged into it, named as it stood in 04/2025; both by 391/QĐ-BTC.
     * Its own district office (H070) and Hà Nội's office (T01) came by no change after 03/2025: left out.
     * Seen from 04/2025 on, nothing changed after. No office or no unit, nothing.
     */
    @Test
    void howUnitsCameUnderAnOfficeAfterAMonthIsTheFirstMoveOrSuccessionThatDidIt() {
        YearMonth march = YearMonth.of(2025, 3);
        var arrivals = directory.arrivalsUnder(id("T08"), List.of(id("H026"), id("T02"), id("H070"), id("T01")), march);
        assertThat(arrivals).containsOnlyKeys(id("H026"), id("T02"));
        assertThat(arrivals.get(id("H026"))).isEqualTo(new UnitArrival(YearMonth.of(2025, 4), "391/QĐ-BTC", null));
        assertThat(arrivals.get(id("H026")).moved()).isTrue();
        assertThat(arrivals.get(id("T02")).moved()).isFalse();
        assertThat(arrivals.get(id("T02")).joined()).extracting(UnitRef::code, UnitRef::name)
                .containsExactly("T08", "BHXH khu vực XIX");
        assertThat(directory.arrivalsUnder(id("T08"), List.of(id("H026"), id("T02")), YearMonth.of(2025, 4))).isEmpty();
        assertThat(directory.arrivalsUnder(null, List.of(id("H026")), march)).isEmpty();
        assertThat(directory.arrivalsUnder(id("T08"), List.of(), march)).isEmpty();
    }

    private Long id(String code) {
        return directory.findByCode(code).orElseThrow().getId();
    }

    @Test
    void aUnitIsReferredToByIdOrCodeWithItsCodeNameAndLevel() {
        Long hanoi = directory.findByCode("T01").orElseThrow().getId();
        UnitRef expected = new UnitRef(hanoi, "T01", "BHXH thành phố Hà Nội", UnitLevel.PROVINCE);

        assertThat(directory.refOf(hanoi)).contains(expected);
        assertThat(directory.refInEffect(hanoi)).contains(expected);
        assertThat(directory.refByCode("T01")).contains(expected);
    }

    @Test
    void manyUnitsComeByIdOrCodeLeavingUnknownOnesOut() {
        Long hanoi = directory.findByCode("T01").orElseThrow().getId();
        Long baDinh = directory.findByCode("H001").orElseThrow().getId();

        assertThat(directory.refsOf(List.of(hanoi, baDinh, -1L))).containsOnlyKeys(hanoi, baDinh)
                .hasEntrySatisfying(baDinh, unit -> assertThat(unit.name()).isEqualTo("BHXH cơ sở Ba Đình"));
        assertThat(directory.refsByCode(List.of("T01", "H001", "NO-SUCH-UNIT"))).containsOnlyKeys("T01", "H001")
                .hasEntrySatisfying("H001", unit -> assertThat(unit.id()).isEqualTo(baDinh));
    }

    @Test
    void theProvincesInEffectComeAsRecordsByCodeAndNoneBeforeTheyTookEffect() {
        List<UnitRef> provinces = directory.provincesInEffect();
        assertThat(provinces).isNotEmpty().allMatch(unit -> unit.level() == UnitLevel.PROVINCE);
        assertThat(provinces).extracting(UnitRef::code).isSorted().contains("T01");
        TestClock.INSTANCE.freezeAt(LocalDateTime.of(2020, 12, 31, 12, 0)); // every unit is in effect from 2021-01-01
        try {
            assertThat(directory.provincesInEffect()).isEmpty();
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    @Test
    void theProvincesOfAMonthAreThoseOfItsTreeAndOneIsFoundByItsCodeInThatMonthOnly() {
        YearMonth may2023 = YearMonth.of(2023, 5);
        YearMonth august2025 = YearMonth.of(2025, 8); // after the 2025 reorganisations of V30: 34 provinces
        assertThat(directory.provincesInEffect(may2023)).hasSize(63).allMatch(unit -> unit.level() == UnitLevel.PROVINCE)
                .extracting(UnitRef::code).isSorted().contains("T01", "T02");
        assertThat(directory.provincesInEffect(august2025)).hasSize(34).extracting(UnitRef::code).doesNotContain("T02");
        assertThat(directory.provincesInEffect(YearMonth.of(2020, 12))).as("before any unit took effect").isEmpty();

        assertThat(directory.provinceInEffect("T02", may2023)).map(UnitRef::name).contains("BHXH tỉnh Hà Giang");
        assertThat(directory.provinceInEffect("T02", august2025)).as("merged away in 2025").isEmpty();
        assertThat(directory.provinceInEffect("H001", may2023)).as("a district office's code").isEmpty();
        assertThat(directory.provinceInEffect("NO-SUCH-UNIT", may2023)).isEmpty();
        assertThat(directory.provinceInEffect(null, may2023)).isEmpty();
    }

    @Test
    void noIdNoCodeOrAnUnknownOneFindsNothing() {
        assertThat(directory.refOf(null)).isEmpty();
        assertThat(directory.refInEffect(null)).isEmpty();
        assertThat(directory.refOf(-1L)).isEmpty();
        assertThat(directory.refByCode("")).isEmpty();
        assertThat(directory.refsOf(List.of())).isEmpty();
        assertThat(directory.refsByCode(List.of())).isEmpty();
    }

    @Test
    void noIdOrAnUnknownOneFindsNothingInAMonthEither() {
        YearMonth may2023 = YearMonth.of(2023, 5);
        assertThat(directory.refOf(null, may2023)).isEmpty();
        assertThat(directory.refOf(-1L, may2023)).isEmpty();
        assertThat(directory.refInEffect(null, may2023)).isEmpty();
        assertThat(directory.refInEffect(-1L, may2023)).isEmpty();
        assertThat(directory.refByCode(null)).isEmpty();
        assertThat(directory.refsOf(List.of(), may2023)).isEmpty();
        assertThat(directory.refsOf(List.of(-1L), may2023)).isEmpty();
        assertThat(directory.parentsOf(List.of(-1L), may2023)).isEmpty();
        assertThat(directory.districtsOf(-1L, may2023)).isEmpty();
        assertThat(directory.districtsOf(null)).isEmpty();
    }

    @Test
    void todayIsTheMonthInVietnamTimeFromItsFirstMinute() {
        TestClock.INSTANCE.freezeAt(LocalDateTime.of(2026, 12, 1, 0, 0, 30)); // 30 November, 17:00:30 UTC
        try {
            assertThat(directory.thisMonth()).isEqualTo(YearMonth.of(2026, 12));
        } finally {
            TestClock.INSTANCE.reset();
        }
        TestClock.INSTANCE.freezeAt(LocalDateTime.of(2026, 11, 30, 23, 59, 30));
        try {
            assertThat(directory.thisMonth()).isEqualTo(YearMonth.of(2026, 11));
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    @Test
    void aUnitNotInEffectIsStillReferredToButNotAsInEffect() {
        Long baDinh = directory.findByCode("H001").orElseThrow().getId();
        TestClock.INSTANCE.freezeAt(LocalDateTime.of(2020, 12, 31, 12, 0)); // every unit is in effect from 2021-01-01
        try {
            assertThat(directory.refInEffect(baDinh)).isEmpty();
            assertThat(directory.refOf(baDinh)).map(UnitRef::name).contains("BHXH quận Ba Đình");
            assertThat(directory.refsOf(List.of(baDinh))).containsOnlyKeys(baDinh);
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    @Test
    void aProvincesDistrictOfficesAreThoseInForceTodayAndNoneBeforeTheyTookEffect() {
        Long hanoi = directory.findByCode("T01").orElseThrow().getId();
        Long baDinh = directory.findByCode("H001").orElseThrow().getId();

        assertThat(directory.districtsOf(hanoi)).extracting(UnitRef::id).contains(baDinh);
        assertThat(directory.districtsOf(baDinh)).isEmpty();
        TestClock.INSTANCE.freezeAt(LocalDateTime.of(2020, 12, 31, 12, 0)); // every unit is in effect from 2021-01-01
        try {
            assertThat(directory.districtsOf(hanoi)).as("the offices in effect").isEmpty();
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    @Test
    void theUnitAboveEachUnitComesAsARecordAndTheAgencyHasNone() {
        Long agency = directory.findByCode("VN").orElseThrow().getId();
        Long hanoi = directory.findByCode("T01").orElseThrow().getId();
        Long baDinh = directory.findByCode("H001").orElseThrow().getId();

        assertThat(directory.parentsOf(List.of(agency, hanoi, baDinh, -1L))).containsOnlyKeys(hanoi, baDinh)
                .hasEntrySatisfying(baDinh, parent -> assertThat(parent.code()).isEqualTo("T01"))
                .hasEntrySatisfying(hanoi, parent -> assertThat(parent.code()).isEqualTo("VN"));
        assertThat(directory.parentsOf(List.of())).isEmpty();
    }
}
