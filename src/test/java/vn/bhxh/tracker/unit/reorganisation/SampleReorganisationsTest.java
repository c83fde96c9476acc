package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.IntegrationTest;

/**
 * A sample reorganisation (the demo's) goes through the administrator's checks and writer and is
 * recorded as a sample, once per decision number; a sample with a problem, or for a month already
 * closed, is refused as an administrator's plan would be, and nothing is written. On {@link PlanFixtures}'
 * tree, for next month; rolled back.
 */
@IntegrationTest
@Transactional
class SampleReorganisationsTest extends OnTestTree {

    @Autowired
    SampleReorganisations samples;

    @Test
    void aSampleIsAppliedOnceThroughTheAdministratorsCodeAndRecordedAsASample() {
        List<PlanLine> lines = List.of(PlanFixtures.line("RENAME", "ZQH11", "", "BHXH cơ sở Một Một").at(1),
                PlanFixtures.line("MERGE", "ZQH12", "ZQH11").at(2));

        assertThat(samples.applyOnce("ZQ-MẪU 1", LocalDate.of(2026, 11, 20), month, lines, admin)).isTrue();
        assertThat(samples.applyOnce("ZQ-MẪU 1", LocalDate.of(2026, 11, 20), month, lines, admin)).isFalse();

        assertThat(jdbc.queryForList("SELECT source || ' ' || applied_by FROM reorganisation WHERE decision_number = 'ZQ-MẪU 1'",
                String.class)).containsExactly("SAMPLE " + admin.id());
        assertThat(jdbc.queryForObject("""
                SELECT name FROM unit_version WHERE unit_id = ? AND valid_from = ?""", String.class, ids.get("ZQH11"),
                Date.valueOf(month.atDay(1)))).isEqualTo("BHXH cơ sở Một Một");
        assertThat(jdbc.queryForList("SELECT successor_id FROM unit_succession WHERE predecessor_id = ?", Long.class,
                ids.get("ZQH12"))).containsExactly(ids.get("ZQH11"));
        assertThat(jdbc.queryForList("""
                SELECT a.details FROM audit_event a JOIN reorganisation r ON r.id = a.target_id
                WHERE a.target_type = 'REORGANISATION' AND r.decision_number = 'ZQ-MẪU 1'""", String.class))
                .singleElement().asString().contains("\"source\":\"SAMPLE\"");
    }

    @Test
    void aSampleWithAnUnknownUnitIsRefusedWithItsProblemAndWritesNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM unit_version", Long.class);

        assertThatThrownBy(() -> samples.applyOnce("ZQ-MẪU 2", LocalDate.of(2026, 11, 20), month,
                List.of(PlanFixtures.line("RENAME", "ZQH99", "", "BHXH cơ sở Không Có").at(1)), admin))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reorganisation.problem.code.unknown");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM reorganisation WHERE decision_number = 'ZQ-MẪU 2'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_version", Long.class)).isEqualTo(before);
    }

    /** The demo's sample of 07/2025 is applied with the demo clock set to June 2025; by today's clock that month is closed. */
    @Test
    void aSampleForAMonthAlreadyClosedIsRefusedAsAnAdministratorsPlanIs() {
        assertThatThrownBy(() -> samples.applyOnce("ZQ-MẪU 3", LocalDate.of(2026, 1, 20), month.minusMonths(2),
                List.of(PlanFixtures.line("RENAME", "ZQH13", "", "BHXH cơ sở Một Ba").at(1)), admin))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reorganisation.problem.effectiveMonth.closed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reorganisation WHERE decision_number = 'ZQ-MẪU 3'", Long.class)).isZero();
    }
}
