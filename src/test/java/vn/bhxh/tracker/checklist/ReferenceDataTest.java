package vn.bhxh.tracker.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.support.IntegrationTest;

/** The reference data that Flyway loads: the directive, its duties and indicators, and the units. */
@IntegrationTest
class ReferenceDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChecklistService checklist;

    /** V2 loads the units of 2021; V30's reorganisations of 2025 change them from 03/2025 on (unit.Reorganisations2025Test). */
    @Test
    void exactly63ProvincialAnd705DistrictOfficesLoadFor2021() {
        assertThat(countUnits("PROVINCE")).isEqualTo(63);
        assertThat(countUnits("DISTRICT")).isEqualTo(705);
        assertThat(countUnits("AGENCY")).isEqualTo(1);
    }

    @Test
    void everyDistrictOfficeHangsUnderAProvincialOffice() {
        Integer orphans = jdbc.queryForObject("""
                SELECT count(*) FROM unit_tree(DATE '2021-01-01') d LEFT JOIN unit_tree(DATE '2021-01-01') p ON p.unit_id = d.parent_id
                WHERE d.level = 'DISTRICT' AND (p.level IS NULL OR p.level <> 'PROVINCE')""", Integer.class);
        assertThat(orphans).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT p.name FROM unit_tree(DATE '2021-01-01') d JOIN unit_tree(DATE '2021-01-01') p ON p.unit_id = d.parent_id
                WHERE d.name = 'BHXH quận Ba Đình'""", String.class)).isEqualTo("BHXH thành phố Hà Nội");
    }

    @Test
    void theTenConfirmedCentralUnitsIncludingVuToChucCanBoLoadFor2021() {
        List<String> names = jdbc.queryForList("SELECT name FROM unit_tree(DATE '2021-01-01') WHERE level = 'CENTRAL'",
                String.class);
        assertThat(names).hasSize(10)
                .contains("Vụ Tổ chức cán bộ", "Vụ Pháp chế", "Ban Kiểm toán nội bộ", "Ban Thực hiện chính sách BHXH");
    }

    @Test
    void theSevenDutiesOfItem2ComeInTheDirectivesOrder() {
        ChecklistVersion version = checklist.versionInForce(YearMonth.of(2021, 8)).orElseThrow();
        assertThat(version.getDuties()).extracting(Duty::getCode)
                .containsExactly("2a", "2b", "2c", "2d", "2đ", "2e", "2g");
        assertThat(version.getDuties()).allSatisfy(duty -> {
            assertThat(duty.getTitle()).isNotBlank();
            assertThat(duty.getOriginalText()).isNotBlank();
            assertThat(duty.getCitation()).isEqualTo("Chỉ thị 2165/CT-BHXH, mục " + duty.getCode());
            assertThat(duty.getIndicators()).isNotEmpty();
        });
    }

    @Test
    void dutyTextsQuoteTheDirective() {
        ChecklistVersion version = checklist.versionInForce(YearMonth.of(2021, 8)).orElseThrow();
        assertThat(version.getDuties().get(0).getOriginalText())
                .startsWith("Tiếp tục thực hiện nghiêm túc việc công bố, cập nhật và công khai thủ tục hành chính");
        assertThat(version.getDuties().get(6).getOriginalText()).startsWith("Đẩy mạnh công tác thanh tra, kiểm tra công vụ");
    }

    @Test
    void indicatorsComeInEveryKind() {
        List<String> kinds = jdbc.queryForList("SELECT DISTINCT kind FROM indicator ORDER BY kind", String.class);
        assertThat(kinds).containsExactly("COUNT", "PERCENTAGE", "YES_NO");
    }

    @Test
    void onlyIndicatorsWithAClearDirectionSayWhichWayIsWorse() {
        ChecklistVersion version = checklist.versionInForce(YearMonth.of(2021, 8)).orElseThrow();
        List<String> directed = version.getDuties().stream().flatMap(duty -> duty.getIndicators().stream()
                .filter(indicator -> indicator.getWorseWhen() != null)
                .map(indicator -> duty.getCode() + "." + indicator.getPosition() + " " + indicator.getWorseWhen())).toList();
        assertThat(directed).containsExactly("2a.4 HIGHER", "2b.2 HIGHER", "2đ.1 LOWER", "2đ.4 HIGHER", "2e.3 HIGHER",
                "2e.4 HIGHER");
    }

    @Test
    void items1_3And4AreRecordedAsTheDirectivesOtherObligations() {
        List<String> items = jdbc.queryForList("""
                SELECT o.item FROM directive_obligation o JOIN directive d ON d.id = o.directive_id
                WHERE d.code = '2165/CT-BHXH' ORDER BY o.position""", String.class);
        assertThat(items).containsExactly("1", "3", "4");
    }

    @Test
    void theChecklistVersionIsChosenByMonth() {
        assertThat(checklist.versionInForce(YearMonth.of(2021, 7))).isEmpty();
        assertThat(checklist.versionInForce(YearMonth.of(2021, 8))).isPresent();
        assertThat(checklist.versionInForce(YearMonth.of(2026, 10))).isPresent();
    }

    private int countUnits(String level) {
        return jdbc.queryForObject("SELECT count(*) FROM unit_tree(DATE '2021-01-01') WHERE level = ?", Integer.class, level);
    }
}
