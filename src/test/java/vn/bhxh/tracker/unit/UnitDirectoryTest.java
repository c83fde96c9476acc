package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestClock;

/** Units as other modules refer to them: by id or code, as records, one or many at a time. */
@IntegrationTest
class UnitDirectoryTest {

    @Autowired
    UnitDirectory directory;

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
                .hasEntrySatisfying(baDinh, unit -> assertThat(unit.name()).isEqualTo("BHXH quận Ba Đình"));
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
    void noIdNoCodeOrAnUnknownOneFindsNothing() {
        assertThat(directory.refOf(null)).isEmpty();
        assertThat(directory.refInEffect(null)).isEmpty();
        assertThat(directory.refOf(-1L)).isEmpty();
        assertThat(directory.refByCode("")).isEmpty();
        assertThat(directory.refsOf(List.of())).isEmpty();
        assertThat(directory.refsByCode(List.of())).isEmpty();
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
}
