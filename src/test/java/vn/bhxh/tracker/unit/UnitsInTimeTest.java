package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.Reorganisation2023;
import vn.bhxh.tracker.support.TestClock;
import vn.bhxh.tracker.system.LikePattern;

/**
 * Units read through their versions, across the reorganisation of May 2023 of {@link Reorganisation2023}
 * (a rename, a move and a merge, counted there), "today" being January 2024: today's lookups give the
 * units as they are after it, a month's lookups as they were in that month, a director's circle keeps
 * every office that was ever under the province, and the unit list finds a unit by a name it no longer
 * has.
 */
@IntegrationTest
@Transactional
@ExtendWith(Reorganisation2023.TodayInJanuary2024.class)
class UnitsInTimeTest {

    @Autowired
    UnitDirectory directory;

    @Autowired
    UnitRepository units;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitVersionRepository versions;

    @Test
    void todaysLookupsGiveTheNameAfterARenameAndAMonthsLookupTheNameThen() {
        var r = Reorganisation2023.May.apply(jdbc);

        assertThat(directory.refOf(r.tayHo)).map(UnitRef::name).contains("BHXH khu vực Tây Hồ");
        assertThat(directory.refByCode("H003")).map(UnitRef::name).contains("BHXH khu vực Tây Hồ");
        assertThat(directory.refsOf(List.of(r.tayHo)).get(r.tayHo).name()).isEqualTo("BHXH khu vực Tây Hồ");
        assertThat(directory.refOf(r.tayHo, Reorganisation2023.May.BEFORE)).map(UnitRef::name).contains("BHXH quận Tây Hồ");
        assertThat(directory.refOf(r.tayHo, Reorganisation2023.May.MONTH)).map(UnitRef::name).contains("BHXH khu vực Tây Hồ");
        assertThat(directory.refsOf(List.of(r.tayHo, r.dongVan), Reorganisation2023.May.BEFORE))
                .containsOnlyKeys(r.tayHo, r.dongVan)
                .hasEntrySatisfying(r.tayHo, unit -> assertThat(unit.name()).isEqualTo("BHXH quận Tây Hồ"));
    }

    @Test
    void manyUnitsEachAsItWasInItsOwnMonthComeInOneQueryNumberedAsAskedAnUnknownOneLeftOut() {
        var r = Reorganisation2023.May.apply(jdbc);

        List<UnitVersionRepository.AskedRow> rows = versions.findNearestEach(
                new Long[] {r.tayHo, r.tayHo, -1L, r.dongVan},
                new LocalDate[] {Reorganisation2023.May.BEFORE.atDay(1), Reorganisation2023.May.MONTH.atDay(1),
                        Reorganisation2023.May.MONTH.atDay(1), Reorganisation2023.May.TODAY.atDay(1)});

        assertThat(rows).extracting(row -> row.getAsked() + " " + row.getName())
                .containsExactlyInAnyOrder("1 BHXH quận Tây Hồ", "2 BHXH khu vực Tây Hồ", "4 BHXH huyện Đồng Văn");
    }

    @Test
    void aUnitThatEndedIsReferredToAsItLastWasButIsNotInForce() {
        var r = Reorganisation2023.May.apply(jdbc);

        assertThat(directory.refOf(r.dongVan)).map(UnitRef::name).contains("BHXH huyện Đồng Văn");
        assertThat(directory.refsByCode(List.of("H026", "X23"))).containsOnlyKeys("H026", "X23")
                .hasEntrySatisfying("H026", unit -> assertThat(unit.id()).isEqualTo(r.dongVan));
        assertThat(directory.refInEffect(r.dongVan)).isEmpty();
        assertThat(directory.refInEffect(r.dongVan, Reorganisation2023.May.BEFORE)).map(UnitRef::name).contains("BHXH huyện Đồng Văn");
        assertThat(directory.refInEffect(r.dongVan, Reorganisation2023.May.MONTH)).isEmpty();
    }

    @Test
    void aUnitCreatedLaterIsReferredToAsItWillStartButIsNotInForceBefore() {
        var r = Reorganisation2023.May.apply(jdbc);

        assertThat(directory.refInEffect(r.merged)).map(UnitRef::code).contains("X23");
        assertThat(directory.refInEffect(r.merged, Reorganisation2023.May.BEFORE)).isEmpty();
        assertThat(directory.refOf(r.merged, Reorganisation2023.May.BEFORE)).map(UnitRef::name)
                .contains("BHXH liên huyện Đồng Văn – Mèo Vạc");
    }

    @Test
    void aProvincesOfficesAreThoseOfTheMonthsTreeAfterAMergeAndAMove() {
        var r = Reorganisation2023.May.apply(jdbc);

        assertThat(directory.districtsOf(r.haGiang)).hasSize(Reorganisation2023.May.HA_GIANG_DISTRICTS_AFTER)
                .extracting(UnitRef::id).contains(r.merged).doesNotContain(r.dongVan, r.meoVac, r.xinMan);
        assertThat(directory.districtsOf(r.haGiang, Reorganisation2023.May.BEFORE)).hasSize(Reorganisation2023.May.HA_GIANG_DISTRICTS_BEFORE)
                .extracting(UnitRef::id).contains(r.dongVan, r.meoVac, r.xinMan).doesNotContain(r.merged);
        assertThat(directory.districtsOf(r.tuyenQuang)).extracting(UnitRef::id).contains(r.xinMan);
        assertThat(directory.districtsOf(r.tuyenQuang, Reorganisation2023.May.BEFORE)).extracting(UnitRef::id).doesNotContain(r.xinMan);
    }

    @Test
    void theUnitAboveAMovedUnitIsTheOneOfTheMonthAsked() {
        var r = Reorganisation2023.May.apply(jdbc);

        assertThat(directory.parentsOf(List.of(r.xinMan))).hasEntrySatisfying(r.xinMan,
                parent -> assertThat(parent.name()).isEqualTo("BHXH tỉnh Tuyên Quang"));
        assertThat(directory.parentsOf(List.of(r.xinMan, r.merged), Reorganisation2023.May.BEFORE))
                .hasEntrySatisfying(r.xinMan, parent -> assertThat(parent.id()).isEqualTo(r.haGiang))
                .as("a unit not yet created: the parent it starts under")
                .hasEntrySatisfying(r.merged, parent -> assertThat(parent.id()).isEqualTo(r.haGiang));
        assertThat(directory.parentsOf(List.of(), Reorganisation2023.May.BEFORE)).isEmpty();
    }

    @Test
    void todaysCountsOptionsAndLevelsFollowTheTreeAfterTheReorganisation() {
        Map<UnitLevel, Long> before = directory.countsByLevel();
        int provincesBefore = directory.provincesInEffect().size();
        var r = Reorganisation2023.May.apply(jdbc);

        assertThat(directory.countsByLevel()).containsEntry(UnitLevel.DISTRICT, before.get(UnitLevel.DISTRICT) - 1)
                .containsEntry(UnitLevel.PROVINCE, before.get(UnitLevel.PROVINCE));
        assertThat(directory.provincesInEffect()).hasSize(provincesBefore);
        List<UnitOption> options = directory.optionsInEffect();
        assertThat(options).extracting(UnitOption::id).contains(r.merged, r.xinMan).doesNotContain(r.dongVan, r.meoVac);
        assertThat(options).filteredOn(option -> option.id().equals(r.tayHo)).singleElement()
                .satisfies(option -> assertThat(option.name()).isEqualTo("BHXH khu vực Tây Hồ"));
        int haGiangAt = indexOf(options, r.haGiang);
        assertThat(options.subList(haGiangAt + 1, haGiangAt + 1 + Reorganisation2023.May.HA_GIANG_DISTRICTS_AFTER))
                .allSatisfy(option -> assertThat(option.depth()).isEqualTo(2))
                .extracting(UnitOption::id).contains(r.merged);
    }

    @Test
    void theUnitListFindsAUnitByANameItNoLongerHasAndShowsItsNameToday() {
        var r = Reorganisation2023.May.apply(jdbc);

        UnitRepository.UnitRow tayHo = search("quan tay ho").getContent().stream()
                .filter(row -> row.getId().equals(r.tayHo)).findFirst().orElseThrow();
        assertThat(tayHo.getName()).isEqualTo("BHXH khu vực Tây Hồ");
        assertThat(tayHo.getOtherNames()).startsWith("BHXH quận Tây Hồ");
        assertThat(tayHo.getState()).isEqualTo("IN_FORCE");
        assertThat(tayHo.getParentName()).isEqualTo("BHXH thành phố Hà Nội");
        assertThat(names(search("khu vuc tay ho"))).containsExactly("BHXH khu vực Tây Hồ");
    }

    @Test
    void theUnitListShowsAUnitThatEndedWithTheMonthItEndedAndItsParentThen() {
        var r = Reorganisation2023.May.apply(jdbc);

        Page<UnitRepository.UnitRow> dongVan = search("dong van");
        assertThat(dongVan.getContent()).extracting(UnitRepository.UnitRow::getId).containsExactly(r.dongVan, r.merged);
        UnitRepository.UnitRow ended = dongVan.getContent().get(0);
        assertThat(ended.getState()).isEqualTo("ENDED");
        assertThat(ended.endedFrom()).isEqualTo(Reorganisation2023.May.MONTH);
        assertThat(ended.startsFrom()).isNull();
        assertThat(ended.getParentName()).isEqualTo("BHXH tỉnh Hà Giang");
        assertThat(dongVan.getContent().get(1).getState()).isEqualTo("IN_FORCE");
        UnitRepository.UnitRow xinMan = search("xin man").getContent().get(0);
        assertThat(xinMan.getParentName()).as("the parent it moved to").isEqualTo("BHXH tỉnh Tuyên Quang");
    }

    /** 9 offices under Hà Giang today, and the 2 that merged, listed as they last were (under it); not the one that moved away. */
    @Test
    void theUnitListsParentFilterIsTheParentAsTheUnitIsShown() {
        var r = Reorganisation2023.May.apply(jdbc);

        Page<UnitRepository.UnitRow> haGiang = units.search("", "DISTRICT", r.haGiang, today(), PageRequest.of(0, 100));
        assertThat(haGiang.getTotalElements()).isEqualTo(Reorganisation2023.May.HA_GIANG_DISTRICTS_AFTER + 2);
        assertThat(haGiang.getContent()).filteredOn(row -> row.getState().equals("IN_FORCE"))
                .hasSize(Reorganisation2023.May.HA_GIANG_DISTRICTS_AFTER);
        assertThat(haGiang.getContent()).extracting(UnitRepository.UnitRow::getId)
                .contains(r.merged, r.dongVan, r.meoVac).doesNotContain(r.xinMan);
        assertThat(units.search("", "DISTRICT", r.tuyenQuang, today(), PageRequest.of(0, 100)).getContent())
                .extracting(UnitRepository.UnitRow::getId).contains(r.xinMan);
    }

    @Test
    void aUnitNotYetCreatedIsListedFromItsFirstMonth() {
        var r = Reorganisation2023.May.apply(jdbc);
        TestClock.INSTANCE.freezeAt(java.time.LocalDateTime.of(2023, 4, 30, 23, 0));

        UnitRepository.UnitRow merged = search("X23").getContent().get(0);
        assertThat(merged.getId()).isEqualTo(r.merged);
        assertThat(merged.getState()).isEqualTo("NOT_YET");
        assertThat(merged.startsFrom()).isEqualTo(Reorganisation2023.May.MONTH);
        assertThat(merged.endedFrom()).isNull();
        assertThat(merged.getParentName()).isEqualTo("BHXH tỉnh Hà Giang");
    }

    private Page<UnitRepository.UnitRow> search(String text) {
        return units.search(LikePattern.escape(text), "", 0, today(), PageRequest.of(0, 20));
    }

    private java.time.LocalDate today() {
        return directory.thisMonth().atDay(1);
    }

    private static List<String> names(Page<UnitRepository.UnitRow> page) {
        return page.getContent().stream().map(UnitRepository.UnitRow::getName).toList();
    }

    private static int indexOf(List<UnitOption> options, long id) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("no option " + id);
    }
}
