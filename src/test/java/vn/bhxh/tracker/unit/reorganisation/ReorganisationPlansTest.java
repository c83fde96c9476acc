package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static vn.bhxh.tracker.unit.reorganisation.PlanFixtures.line;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.system.Actor;
import vn.bhxh.tracker.system.NotFoundException;

/**
 * Each kind of change applied through {@link ReorganisationPlans} in next month (01/2027 on the test
 * clock's 3 December 2026), and read back through SQL's {@code unit_tree} for the month before (12/2026)
 * and the month of the change, on {@link PlanFixtures}' tree: ZQT1 with ZQH11, ZQH12, ZQH13; ZQT2 with
 * ZQH21. Each test rolls back.
 */
@IntegrationTest
@Transactional
class ReorganisationPlansTest extends OnTestTree {

    YearMonth before;

    @BeforeEach
    void monthBefore() {
        before = month.minusMonths(1);
    }

    /** ZQT1's districts: 3 in the month before; 4 from the month a new one is created (ZQH14). */
    @Test
    void aUnitCreatedIsInTheTreeFromTheDecisionsMonthOnly() {
        applied("ZQ-1/QĐ", line("CREATE", "", "ZQH14", "BHXH huyện Một Bốn", "ZQT1", "DISTRICT"));

        assertThat(fixtures.tree(before, "ZQH1")).containsOnlyKeys("ZQH11", "ZQH12", "ZQH13");
        assertThat(fixtures.tree(month, "ZQH1")).containsOnlyKeys("ZQH11", "ZQH12", "ZQH13", "ZQH14")
                .contains(entry("ZQH14", "BHXH huyện Một Bốn | DISTRICT | ZQT1"));
        assertThat(jdbc.queryForObject("""
                SELECT min(v.valid_from) FROM unit_version v JOIN unit u ON u.id = v.unit_id WHERE u.code = 'ZQH14'""",
                Date.class).toLocalDate()).isEqualTo(month.atDay(1));
    }

    /** A rename is a new version of the same unit: one id, two names, the old one in the month before. */
    @Test
    void aRenamedUnitKeepsItsIdWithItsOldNameBeforeAndItsNewNameFromTheDecisionsMonth() {
        applied("ZQ-2/QĐ", line("RENAME", "ZQH11", "", "BHXH cơ sở Một Một"));

        assertThat(fixtures.tree(before, "ZQH11")).containsExactly(entry("ZQH11", "BHXH huyện Một Một | DISTRICT | ZQT1"));
        assertThat(fixtures.tree(month, "ZQH11")).containsExactly(entry("ZQH11", "BHXH cơ sở Một Một | DISTRICT | ZQT1"));
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT unit_id) FROM unit_version WHERE unit_id = ?", Integer.class,
                ids.get("ZQH11"))).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_version WHERE unit_id = ?", Integer.class, ids.get("ZQH11")))
                .isEqualTo(2);
    }

    /** ZQH13 moves from ZQT1 to ZQT2: ZQT1 has 3 districts before and 2 after, ZQT2 1 before and 2 after. */
    @Test
    void aMovedUnitStandsUnderItsOldParentBeforeAndItsNewParentFromTheDecisionsMonth() {
        applied("ZQ-3/QĐ", line("MOVE", "ZQH13", "", "", "ZQT2"));

        assertThat(fixtures.tree(before, "ZQH")).contains(entry("ZQH13", "BHXH huyện Một Ba | DISTRICT | ZQT1"));
        assertThat(fixtures.tree(month, "ZQH")).contains(entry("ZQH13", "BHXH huyện Một Ba | DISTRICT | ZQT2"));
        assertThat(childrenOf("ZQT1", before)).isEqualTo(3);
        assertThat(childrenOf("ZQT1", month)).isEqualTo(2);
        assertThat(childrenOf("ZQT2", before)).isEqualTo(1);
        assertThat(childrenOf("ZQT2", month)).isEqualTo(2);
    }

    /**
     * ZQH11 and ZQH12 merge into the new ZQH100: ZQT1's districts are ZQH11, ZQH12, ZQH13 before (3) and
     * ZQH13, ZQH100 after (2); each merged unit has one successor, ZQH100, under the decision.
     */
    @Test
    void twoUnitsMergedIntoANewOneEndAndTheNewOneSucceedsBoth() {
        long reorganisation = applied("ZQ-4/QĐ",
                line("MERGE", "ZQH11", "ZQH100", "BHXH cơ sở Một", "ZQT1", "DISTRICT"),
                line("MERGE", "ZQH12", "ZQH100"));

        assertThat(fixtures.tree(before, "ZQH1")).containsOnlyKeys("ZQH11", "ZQH12", "ZQH13");
        assertThat(fixtures.tree(month, "ZQH1")).containsOnlyKeys("ZQH13", "ZQH100")
                .contains(entry("ZQH100", "BHXH cơ sở Một | DISTRICT | ZQT1"));
        assertThat(successorsOf("ZQH11")).containsExactly("ZQH100 " + month.atDay(1) + " " + reorganisation);
        assertThat(successorsOf("ZQH12")).containsExactly("ZQH100 " + month.atDay(1) + " " + reorganisation);
    }

    /** ZQH12 merges into ZQH11, which goes on: ZQT1's districts 3 before, 2 after (ZQH11, ZQH13). */
    @Test
    void aUnitMergedIntoAnExistingOneEndsAndTheOtherContinuesIt() {
        long reorganisation = applied("ZQ-5/QĐ", line("MERGE", "ZQH12", "ZQH11"));

        assertThat(fixtures.tree(month, "ZQH1")).containsOnlyKeys("ZQH11", "ZQH13");
        assertThat(successorsOf("ZQH12")).containsExactly("ZQH11 " + month.atDay(1) + " " + reorganisation);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_version WHERE unit_id = ?", Integer.class, ids.get("ZQH11")))
                .isOne();
    }

    /** ZQH13 splits into the new ZQH131 and ZQH132: ZQT1's districts 3 before, 4 after (ZQH11, ZQH12, ZQH131, ZQH132). */
    @Test
    void aSplitUnitEndsAndEachOfItsNewUnitsSucceedsIt() {
        long reorganisation = applied("ZQ-6/QĐ",
                line("SPLIT", "ZQH13", "ZQH131", "BHXH cơ sở Một Ba A", "ZQT1", "DISTRICT"),
                line("SPLIT", "ZQH13", "ZQH132", "BHXH cơ sở Một Ba B", "ZQT1", "DISTRICT"));

        assertThat(fixtures.tree(before, "ZQH13")).containsOnlyKeys("ZQH13");
        assertThat(fixtures.tree(month, "ZQH13")).containsOnlyKeys("ZQH131", "ZQH132");
        assertThat(childrenOf("ZQT1", month)).isEqualTo(4);
        assertThat(successorsOf("ZQH13")).containsExactly("ZQH131 " + month.atDay(1) + " " + reorganisation,
                "ZQH132 " + month.atDay(1) + " " + reorganisation);
    }

    /** ZQH21 closes: ZQT2 has 1 district before and none after; nobody succeeds it. */
    @Test
    void aClosedUnitEndsWithNoSuccessor() {
        applied("ZQ-7/QĐ", line("CLOSE", "ZQH21"));

        assertThat(fixtures.tree(before, "ZQH2")).containsOnlyKeys("ZQH21");
        assertThat(fixtures.tree(month, "ZQH2")).isEmpty();
        assertThat(childrenOf("ZQT2", month)).isZero();
        assertThat(successorsOf("ZQH21")).isEmpty();
    }

    /** ZQH21 renamed and moved under ZQT1 by one decision: one new version, with the new name and the new parent. */
    @Test
    void aRenameAndAMoveOfOneUnitMakeOneNewVersion() {
        applied("ZQ-8/QĐ", line("RENAME", "ZQH21", "", "BHXH cơ sở Hai Một"), line("MOVE", "ZQH21", "", "", "ZQT1"));

        assertThat(fixtures.tree(month, "ZQH21")).containsExactly(entry("ZQH21", "BHXH cơ sở Hai Một | DISTRICT | ZQT1"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_version WHERE unit_id = ?", Integer.class, ids.get("ZQH21")))
                .isEqualTo(2);
    }

    @Test
    void applyingRecordsTheDecisionItsLinesTheAuditTrailsEntryAndThePlanAsApplied() {
        Instant start = clock.instant();
        long plan = planned("ZQ-9/QĐ", line("RENAME", "ZQH11", "", "BHXH cơ sở Một Một"), line("CLOSE", "ZQH21"));
        long reorganisation = plans.apply(plan, plans.review(plan, admin).plan().version(), admin).reorganisationId();

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM reorganisation WHERE id = ?", reorganisation);
        assertThat(row).containsEntry("decision_number", "ZQ-9/QĐ").containsEntry("source", "ADMIN")
                .containsEntry("applied_by", admin.id()).containsEntry("effective_month", Date.valueOf(month.atDay(1)))
                .containsEntry("decided_on", Date.valueOf(PlanFixtures.decidedOn()));
        assertThat(((Timestamp) row.get("applied_at")).toInstant()).isBetween(start, clock.instant());
        assertThat(jdbc.queryForList("""
                SELECT c.line || ' ' || c.kind || ' ' || u.code || ' ' || coalesce(c.new_name, '-') FROM reorganisation_change c
                JOIN unit u ON u.id = c.unit_id WHERE c.reorganisation_id = ? ORDER BY c.line""", String.class, reorganisation))
                .containsExactly("1 RENAME ZQH11 BHXH cơ sở Một Một", "2 CLOSE ZQH21 -");
        assertThat(jdbc.queryForList("SELECT DISTINCT reorganisation_id FROM unit_version WHERE valid_from = ? AND unit_id IN (?, ?)",
                Long.class, Date.valueOf(month.atDay(1)), ids.get("ZQH11"), ids.get("ZQH21"))).containsExactly(reorganisation);
        assertThat(jdbc.queryForList("""
                SELECT action || ' ' || details FROM audit_event WHERE target_type = 'REORGANISATION' AND target_id = ?""",
                String.class, reorganisation)).singleElement().asString()
                .startsWith("REORGANISATION_APPLIED").contains("\"decision\":\"ZQ-9/QĐ\"", "\"lines\":2", "\"source\":\"ADMIN\"");
        assertThat(jdbc.queryForObject("SELECT reorganisation_id FROM reorganisation_plan WHERE id = ?", Long.class, plan))
                .isEqualTo(reorganisation);
        assertThat(plans.openPlansOf(admin)).noneMatch(open -> open.id() == plan);
    }

    /** Each unit a plan renames, moves or ends has its lock's version moved on; one it leaves alone keeps it. */
    @Test
    void theUnitsAPlanChangesOrEndsHaveTheirLocksMovedOn() {
        applied("ZQ-10/QĐ", line("RENAME", "ZQH11", "", "BHXH cơ sở Một Một"), line("MOVE", "ZQH13", "", "", "ZQT2"),
                line("CLOSE", "ZQH21"));

        for (String code : List.of("ZQH11", "ZQH13", "ZQH21")) {
            assertThat(jdbc.queryForObject("SELECT version FROM unit WHERE code = ?", Long.class, code)).as(code).isOne();
        }
        assertThat(jdbc.queryForObject("SELECT version FROM unit WHERE code = 'ZQH12'", Long.class)).isZero();
    }

    @Test
    void aPlanConfirmedTwiceIsAppliedOnce() {
        long plan = planned("ZQ-11/QĐ", line("CLOSE", "ZQH21"));
        long version = plans.review(plan, admin).plan().version();

        ReorganisationPlans.Applied first = plans.apply(plan, version, admin);
        ReorganisationPlans.Applied second = plans.apply(plan, version, admin);

        assertThat(first.already()).isFalse();
        assertThat(second).isEqualTo(new ReorganisationPlans.Applied(first.reorganisationId(), true));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reorganisation WHERE decision_number = 'ZQ-11/QĐ'", Integer.class)).isOne();
    }

    @Test
    void aPlanChangedSinceItsPreviewIsNotApplied() {
        long plan = planned("ZQ-12/QĐ", line("CLOSE", "ZQH21"));
        long previewed = plans.review(plan, admin).plan().version();
        plans.addLine(plan, line("CLOSE", "ZQH13"), admin);

        assertThatThrownBy(() -> plans.apply(plan, previewed, admin)).isInstanceOf(PlanChangedException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reorganisation WHERE decision_number = 'ZQ-12/QĐ'", Integer.class)).isZero();
    }

    @Test
    void aPlanWithAProblemIsNotApplied() {
        long plan = planned("ZQ-13/QĐ", line("CLOSE", "ZQH99"));

        assertThatThrownBy(() -> plans.apply(plan, plans.review(plan, admin).plan().version(), admin))
                .isInstanceOf(PlanHasProblemsException.class);
        assertThat(fixtures.tree(month, "ZQH")).hasSize(4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reorganisation WHERE decision_number = 'ZQ-13/QĐ'", Integer.class)).isZero();
    }

    @Test
    void anotherAdministratorsPlanIsNotFound() {
        long plan = planned("ZQ-14/QĐ", line("CLOSE", "ZQH21"));
        Actor other = new PlanFixtures.TestActor(admin.id() + 100_000, "Người khác");

        assertThatThrownBy(() -> plans.review(plan, other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.apply(plan, 0, other)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void removingALineMovesTheLinesAfterItUp() {
        long plan = planned("ZQ-15/QĐ", line("CLOSE", "ZQH11"), line("CLOSE", "ZQH12"), line("CLOSE", "ZQH13"));

        assertThat(plans.removeLine(plan, 2, admin)).isTrue();
        assertThat(plans.removeLine(plan, 9, admin)).isFalse();

        assertThat(plans.get(plan, admin).lines()).extracting(PlanLine::line, PlanLine::oldCode)
                .containsExactly(tuple(1, "ZQH11"), tuple(2, "ZQH13"));
    }

    private long applied(String number, PlanLine... lines) {
        long plan = planned(number, lines);
        PlanReview review = plans.review(plan, admin);
        assertThat(review.problems()).as("problems").isEmpty();
        return plans.apply(plan, review.plan().version(), admin).reorganisationId();
    }

    private int childrenOf(String code, YearMonth when) {
        return jdbc.queryForObject("SELECT count(*) FROM unit_tree(?) WHERE parent_id = ?", Integer.class,
                Date.valueOf(when.atDay(1)), ids.get(code));
    }

    /** "successor's code, effective_on, reorganisation_id" of each succession of the unit, by successor code. */
    private List<String> successorsOf(String code) {
        return jdbc.queryForList("""
                SELECT s.code || ' ' || us.effective_on || ' ' || us.reorganisation_id FROM unit_succession us
                JOIN unit p ON p.id = us.predecessor_id JOIN unit s ON s.id = us.successor_id
                WHERE p.code = ? ORDER BY s.code""", String.class, code);
    }
}
