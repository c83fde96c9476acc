package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.bhxh.tracker.unit.reorganisation.PlanFixtures.line;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.IntegrationTest;

/**
 * Every kind of problem a plan's preview finds, each shown on its line (0: the plan as a whole), on
 * {@link PlanFixtures}' tree (ZQT1 with ZQH11, ZQH12, ZQH13; ZQT2 with ZQH21), for next month (01/2027
 * on the test clock's 3 December 2026) unless the test says otherwise. A plan with a problem is never
 * applied. Each test rolls back.
 */
@IntegrationTest
@Transactional
class PlanProblemsTest extends OnTestTree {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    MessageSource messages;

    /** The clock's month is 12/2026: 11/2026 is closed, and the reason names the first open month. */
    @Test
    void aPlanForAClosedMonthIsRefusedWithItsReason() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        long plan = planned(last, line("CLOSE", "ZQH21"));
        PlanReview review = plans.review(plan, admin);

        assertThat(review.planProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("reorganisation.problem.effectiveMonth.closed");
            assertThat(problem.arguments()).containsExactly(PlanProblem.month(last), PlanProblem.month(YearMonth.now(clock)));
            assertThat(messages.getMessage(problem.code(), problem.args(), VIETNAMESE))
                    .startsWith("Tháng " + PlanProblem.month(last) + " đã khép lại")
                    .contains("từ tháng hiện tại (" + PlanProblem.month(YearMonth.now(clock)) + ")");
        });
        assertThatThrownBy(() -> plans.apply(plan, review.plan().version(), admin)).isInstanceOf(PlanHasProblemsException.class);
        assertThat(fixtures.tree(last, "ZQH21")).hasSize(1);
    }

    @Test
    void theClocksOwnMonthIsStillOpen() {
        assertThat(codes(YearMonth.now(clock), line("CLOSE", "ZQH21"))).isEmpty();
    }

    /**
     * ZQH11 has a draft for the clock's month (12/2026): it cannot end from that month. ZQH12's report of
     * the month before, still a draft, keeps nothing from ending; the preview lists it as still open.
     */
    @Test
    void aUnitCannotEndFromAMonthItHasAReportFor() {
        YearMonth now = YearMonth.now(clock);
        fixtures.report(ids.get("ZQH11"), now, "DRAFT");
        fixtures.report(ids.get("ZQH12"), now.minusMonths(1), "DRAFT");
        PlanReview review = plans.review(planned(now, line("CLOSE", "ZQH11"), line("CLOSE", "ZQH12")), admin);

        assertThat(review.problemsOf(1)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("reorganisation.problem.unit.reported");
            assertThat(messages.getMessage(problem.code(), problem.args(), VIETNAMESE))
                    .isEqualTo("Tháng đã có báo cáo: đơn vị ZQH11 đã có báo cáo tháng " + PlanProblem.month(now)
                            + " nên không thể kết thúc từ tháng " + PlanProblem.month(now) + ".");
        });
        assertThat(review.problemsOf(2)).isEmpty();
        assertThat(review.openReports()).extracting(PlanReview.OpenReport::unitCode, PlanReview.OpenReport::month)
                .containsExactly(tuple("ZQH11", now), tuple("ZQH12", now.minusMonths(1)));
    }

    /** A report in any state counts, for the month or any later one. */
    @Test
    void anAcceptedReportOfALaterMonthKeepsAUnitFromEndingToo() {
        YearMonth now = YearMonth.now(clock);
        fixtures.report(ids.get("ZQH13"), now.plusMonths(1), "ACCEPTED");

        assertThat(codes(now, line("MERGE", "ZQH13", "ZQH11"))).containsExactly("1 unit.reported");
    }

    @Test
    void anUnknownCodeIsShownOnItsLine() {
        assertThat(codes(month, line("CLOSE", "ZQH99"), line("MOVE", "ZQH11", "", "", "ZQT9"), line("MERGE", "ZQH12", "ZQH13")))
                .containsExactly("1 code.unknown", "2 code.unknown");
    }

    /** Codes are never given again, even a closed unit's. */
    @Test
    void aNewCodeAlreadyUsedIsRefused() {
        assertThat(codes(month, line("CREATE", "", "ZQH11", "BHXH huyện Mới", "ZQT1", "DISTRICT"),
                line("CREATE", "", "H001", "BHXH quận Mới", "ZQT1", "DISTRICT"),
                line("CREATE", "", "ZQH15", "BHXH huyện Một Năm", "ZQT1", "DISTRICT")))
                .containsExactly("1 code.used", "2 code.used");
    }

    @Test
    void aUnitMergedTwiceIsInConflictOnBothLines() {
        PlanReview review = review(month, line("MERGE", "ZQH11", "ZQH12"), line("MERGE", "ZQH11", "ZQH13"));

        assertThat(codesOf(review)).containsExactly("1 conflict", "2 conflict");
        assertThat(review.problemsOf(1).get(0).arguments()).containsExactly("ZQH11", "1, 2");
    }

    @Test
    void aUnitMergedAndRenamedIsInConflict() {
        assertThat(codes(month, line("RENAME", "ZQH11", "", "BHXH cơ sở Một Một"), line("MERGE", "ZQH11", "ZQH12")))
                .containsExactly("1 conflict", "2 conflict");
    }

    @Test
    void aUnitSplitInOneLineOnlyOrRenamedTwiceIsRefused() {
        assertThat(codes(month, line("SPLIT", "ZQH13", "ZQH131", "BHXH cơ sở A", "ZQT1", "DISTRICT"),
                line("RENAME", "ZQH11", "", "Tên một"), line("RENAME", "ZQH11", "", "Tên hai")))
                .containsExactly("1 split.oneSuccessor", "2 conflict", "3 conflict");
    }

    /** ZQT9 held for the first six months of the tree (12/2025 to 05/2026): a unit has that code, but not in next month. */
    @Test
    void aParentNotInForceThatMonthIsRefused() {
        Long agency = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'VN'", Long.class);
        YearMonth from = fixtures.since();
        YearMonth until = from.plusMonths(6);
        Long closed = jdbc.queryForObject("""
                INSERT INTO unit (code) VALUES ('ZQT9') RETURNING id""", Long.class);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, valid_to, name, level, parent_id)
                VALUES (?, ?, ?, 'BHXH tỉnh Đã Giải Thể', 'PROVINCE', ?)""",
                closed, Date.valueOf(from.atDay(1)), Date.valueOf(until.atDay(1)), agency);

        assertThat(codes(month, line("MOVE", "ZQH11", "", "", "ZQT9"), line("RENAME", "ZQT9", "", "Tên mới")))
                .containsExactly("1 parent.notInForce", "2 unit.notInForce");
    }

    @Test
    void aParentThePlanClosesIsRefused() {
        assertThat(codes(month, line("CLOSE", "ZQT2"), line("MOVE", "ZQH21", "", "", "ZQT1"),
                line("CREATE", "", "ZQH22", "BHXH huyện Hai Hai", "ZQT2", "DISTRICT")))
                .containsExactly("3 parent.ends");
    }

    @Test
    void aUnitThatEndsWithUnitsStillUnderItIsRefused() {
        PlanReview review = review(month, line("MERGE", "ZQT1", "ZQT2"));

        assertThat(codesOf(review)).containsExactly("1 children.left");
        assertThat(review.problemsOf(1).get(0).arguments()).containsExactly("ZQT1", 3, "ZQH11, ZQH12, ZQH13");
        assertThat(codes(month, line("MERGE", "ZQT1", "ZQT2"), line("MOVE", "ZQH11", "", "", "ZQT2"),
                line("MOVE", "ZQH12", "", "", "ZQT2"), line("MERGE", "ZQH13", "ZQH12"))).isEmpty();
    }

    /** ZQH11 under ZQH12 and ZQH12 under ZQH11: a cycle (and districts under districts, which do not fit either). */
    @Test
    void aCycleOfParentsIsRefused() {
        PlanReview review = review(month, line("MOVE", "ZQH11", "", "", "ZQH12"), line("MOVE", "ZQH12", "", "", "ZQH11"));

        assertThat(codesOf(review)).contains("1 cycle", "2 cycle");
        assertThat(review.problemsOf(1)).filteredOn(problem -> problem.code().endsWith("cycle")).singleElement()
                .satisfies(problem -> assertThat(problem.arguments()).containsExactly("ZQH11 → ZQH12 → ZQH11"));
    }

    /**
     * Central units and provincial offices stand under the agency, district offices under a provincial
     * office: a district office under the agency, a provincial office under another and a central unit
     * under a provincial office do not fit; the three that do raise nothing.
     */
    @Test
    void aLevelThatDoesNotFitItsParentIsRefused() {
        assertThat(codes(month, line("CREATE", "", "ZQH15", "BHXH huyện Lạc", "VN", "DISTRICT"),
                line("MOVE", "ZQT2", "", "", "ZQT1"),
                line("CREATE", "", "ZQC1", "Ban Thử", "ZQT1", "CENTRAL"),
                line("CREATE", "", "ZQH16", "BHXH huyện Đúng", "ZQT1", "DISTRICT"),
                line("CREATE", "", "ZQT3", "BHXH tỉnh Đúng", "VN", "PROVINCE"),
                line("CREATE", "", "ZQC2", "Ban Đúng", "VN", "CENTRAL")))
                .containsExactly("1 level.misfit", "2 level.misfit", "3 level.misfit");
    }

    @Test
    void eachLineIsCheckedOnItsOwnFirst() {
        assertThat(codes(month, line("DISSOLVE", "ZQH11"),
                line("RENAME", "ZQH11"),
                line("CLOSE", "ZQH12", "ZQH11"),
                line("MOVE", "ZQ H13", "", "", "ZQT2"),
                line("CREATE", "", "ZQH17", "BHXH huyện Bảy", "ZQT1", "COMMUNE")))
                .containsExactly("1 kind.unknown", "2 field.missing", "3 field.unused", "4 code.malformed", "5 level.unknown");
    }

    @Test
    void aSuccessorMustBeInForceNotEndingAndDescribedOnceWhenNew() {
        assertThat(codes(month, line("MERGE", "ZQH11", "ZQH12"), line("CLOSE", "ZQH12"),
                line("MERGE", "ZQH13", "ZQH13"),
                line("MERGE", "ZQH21", "ZQT1", "Tên khác")))
                .containsExactly("1 successor.ends", "3 successor.self", "4 successor.exists");
        assertThat(codes(month, line("MERGE", "ZQH11", "ZQH100", "BHXH cơ sở Một", "ZQT1", "DISTRICT"),
                line("MERGE", "ZQH12", "ZQH100", "BHXH cơ sở Khác"),
                line("MERGE", "ZQH13", "ZQH200")))
                .containsExactly("1 newUnit.disagree", "2 newUnit.disagree", "3 newUnit.incomplete");
    }

    /** A unit closed by an applied decision two months on cannot be renamed next month; one renamed next month cannot be again. */
    @Test
    void aUnitAlreadyChangedFromThatMonthOrLaterIsRefused() {
        apply(month.plusMonths(2), line("CLOSE", "ZQH21"));
        apply(month, line("RENAME", "ZQH11", "", "BHXH cơ sở Một Một"));

        assertThat(codes(month, line("RENAME", "ZQH21", "", "Tên mới"), line("MOVE", "ZQH11", "", "", "ZQT2")))
                .containsExactly("1 unit.changedLater", "2 unit.changedSameMonth");
    }

    @Test
    void theAgencyIsOnlyEverRenamed() {
        assertThat(codes(month, line("CLOSE", "VN"))).containsExactly("1 unit.agency");
    }

    @Test
    void aPlanWithoutItsDecisionOrLinesSaysWhatIsMissing() {
        long plan = plans.start(admin);

        assertThat(codesOf(plans.review(plan, admin))).containsExactly("0 decisionNumber.missing", "0 decidedOn.missing",
                "0 effectiveMonth.missing", "0 noLines");
    }

    private long planned(YearMonth effective, PlanLine... lines) {
        return PlanFixtures.planned(plans, admin, "ZQ-P/QĐ", effective, lines);
    }

    private void apply(YearMonth effective, PlanLine... lines) {
        long plan = planned(effective, lines);
        plans.apply(plan, plans.review(plan, admin).plan().version(), admin);
    }

    private PlanReview review(YearMonth effective, PlanLine... lines) {
        return plans.review(planned(effective, lines), admin);
    }

    private List<String> codes(YearMonth effective, PlanLine... lines) {
        return codesOf(review(effective, lines));
    }

    /** Each problem as "line code", the code without its prefix, in line order. */
    private static List<String> codesOf(PlanReview review) {
        return review.problems().stream()
                .map(problem -> problem.line() + " " + problem.code().substring(PlanProblem.PREFIX.length())).toList();
    }
}
