package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import vn.bhxh.tracker.system.LikePattern;
import vn.bhxh.tracker.support.IntegrationTest;

/** Searching units as an administrator types: without diacritics, by code, by level, page by page. */
@IntegrationTest
class UnitSearchTest {

    @Autowired
    UnitRepository units;

    @Autowired
    UnitDirectory directory;

    @Test
    void searchWithoutDiacriticsFindsTheUnitWithThem() {
        assertThat(names(search("ba dinh", "", 0))).contains("BHXH cơ sở Ba Đình");
        assertThat(names(search("BA ĐÌNH", "", 0))).contains("BHXH cơ sở Ba Đình");
        assertThat(names(search("dak lak", "PROVINCE", 0))).containsExactly("BHXH tỉnh Đắk Lắk");
    }

    @Test
    void searchFindsAUnitByItsCode() {
        assertThat(names(search("h001", "", 0))).containsExactly("BHXH cơ sở Ba Đình");
    }

    @Test
    void levelAndParentNarrowTheList() {
        long hanoi = units.findByCode("T01").orElseThrow().getId();
        Page<UnitRepository.UnitRow> hanoiDistricts = units.search("", "DISTRICT", hanoi, today(), PageRequest.of(0, 100));
        assertThat(hanoiDistricts.getTotalElements()).isEqualTo(30);
        // the three the demo's sample plan merged from 07/2025 are listed as they were last, in 06/2025
        List<String> merged = List.of("H020", "H271", "H273");
        assertThat(hanoiDistricts.getContent()).filteredOn(row -> !merged.contains(row.getCode()))
                .hasSize(27).allSatisfy(row -> assertThat(row.getParentName()).isEqualTo("BHXH thành phố Hà Nội"));
        assertThat(hanoiDistricts.getContent()).filteredOn(row -> merged.contains(row.getCode()))
                .hasSize(3).allSatisfy(row -> assertThat(row.getParentName()).isEqualTo("BHXH khu vực I"));
    }

    @Test
    void listIsPaginatedInTheHierarchysOrder() {
        Page<UnitRepository.UnitRow> first = search("", "", 0);
        assertThat(first.getContent()).hasSize(20);
        assertThat(first.getContent().get(0).getLevel()).isEqualTo("AGENCY");
        assertThat(first.getTotalElements()).isGreaterThanOrEqualTo(779);
    }

    @Test
    void percentAndUnderscoreTypedByTheUserMatchOnlyThemselves() {
        assertThat(search("%", "", 0).getTotalElements()).isZero();
        assertThat(search("_", "", 0).getTotalElements()).isZero();
    }

    private Page<UnitRepository.UnitRow> search(String text, String level, int page) {
        return units.search(LikePattern.escape(text), level, 0, today(), PageRequest.of(page, 20));
    }

    private LocalDate today() {
        return directory.thisMonth().atDay(1);
    }

    private static java.util.List<String> names(Page<UnitRepository.UnitRow> page) {
        return page.getContent().stream().map(UnitRepository.UnitRow::getName).toList();
    }
}
