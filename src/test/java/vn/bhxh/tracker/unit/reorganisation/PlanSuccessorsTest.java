package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.bhxh.tracker.unit.reorganisation.PlanFixtures.line;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.unit.OpenItems;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * A plan records who took over a unit that ended before its month without a successor known then
 * (a SUCCEED line): V30 closed TW-HTQT (Vụ Hợp tác quốc tế), TW-TDKT and TW-KHDT in 03/2025 and left each a
 * {@code CLOSED_WITHOUT_SUCCESSOR} open item, 3 in all (V30; the demo's sample plan settles none of them).
 * TW-VP (Văn phòng BHXH Việt Nam, created 03/2025) is in force next month (01/2027 on the test clock's
 * 3 December 2026); V30 merged T02 (Hà Giang) into T08 (Tuyên Quang) from 04/2025, a succession already
 * recorded; T06 (Thái Nguyên) merged into T19 then. {@link PlanFixtures}' ZQ units are in force too.
 * Each test rolls back.
 */
@IntegrationTest
@Transactional
class PlanSuccessorsTest extends OnTestTree {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    OpenItems openItems;

    @Autowired
    UnitDirectory directory;

    @Autowired
    Reorganisations decisions;

    @Autowired
    MessageSource messages;

    @Test
    void aPlanNamingTheSuccessorOfAClosedCentralUnitRecordsItWithItsDecisionAndSettlesThatOpenItemOnly() {
        long htqt = idOf("TW-HTQT");
        long vp = idOf("TW-VP");
        List<String> versions = versionsOf(htqt, vp);
        int usersInHtqt = jdbc.queryForObject("SELECT count(*) FROM user_account WHERE unit_id = ?", Integer.class, htqt);
        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, 3L);
        assertThat(directory.lineageOf(vp)).doesNotContain(htqt);

        long plan = planned("ZQ-60/QĐ", line("SUCCEED", "TW-HTQT", "TW-VP"));
        PlanReview review = plans.review(plan, admin);

        assertThat(review.problems()).isEmpty();
        assertThat(review.changes()).isEmpty();
        assertThat(review.people()).isEmpty();
        assertThat(review.successions()).extracting(PlanReview.Succession::line, PlanReview.Succession::code,
                        PlanReview.Succession::name, PlanReview.Succession::endedFrom, PlanReview.Succession::successorCode,
                        PlanReview.Succession::successorName)
                .containsExactly(tuple(1, "TW-HTQT", "Vụ Hợp tác quốc tế", YearMonth.of(2025, 3), "TW-VP", "Văn phòng BHXH Việt Nam"));

        long decision = plans.apply(plan, review.plan().version(), admin).reorganisationId();

        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, 2L)
                .containsEntry(OpenItems.Kind.AWAITING_LOCAL_OFFICE, 695L);
        assertThat(openItems.list(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, PageRequest.of(0, 10)))
                .extracting(OpenItems.Item::unitCode).containsExactly("TW-KHDT", "TW-TDKT");
        assertThat(jdbc.queryForList("""
                SELECT i.kind || ' ' || u.code FROM reorganisation_open_item i JOIN unit u ON u.id = i.unit_id
                WHERE i.resolved_by_reorganisation_id = ? AND i.resolved_at IS NOT NULL""", String.class, decision))
                .containsExactly("CLOSED_WITHOUT_SUCCESSOR TW-HTQT");
        assertThat(jdbc.queryForList("""
                SELECT predecessor_id || ' ' || successor_id || ' ' || effective_on FROM unit_succession
                WHERE reorganisation_id = ?""", String.class, decision))
                .containsExactly(htqt + " " + vp + " " + Date.valueOf(month.atDay(1)));
        assertThat(jdbc.queryForList("""
                SELECT line || ' ' || kind || ' ' || unit_id || ' ' || successor_id FROM reorganisation_change
                WHERE reorganisation_id = ?""", String.class, decision))
                .containsExactly("1 SUCCEED " + htqt + " " + vp);
        // no version begins or ends, and no one moves: the unit has ended, its users are open items already
        assertThat(versionsOf(htqt, vp)).isEqualTo(versions);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM unit_version WHERE reorganisation_id = ?", Integer.class, decision)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM user_account WHERE unit_id = ?", Integer.class, htqt)).isEqualTo(usersInHtqt);
        assertThat(directory.lineageOf(vp)).contains(htqt, vp);
        assertThat(directory.lineageOf(vp, month.minusMonths(1))).doesNotContain(htqt);
        assertThat(decisions.lines(decision, PageRequest.of(0, 10))).extracting(Reorganisations.DecisionLine::kind,
                        Reorganisations.DecisionLine::unitCode, Reorganisations.DecisionLine::unitName,
                        Reorganisations.DecisionLine::successorCode, Reorganisations.DecisionLine::successorName)
                .containsExactly(tuple(ChangeKind.SUCCEED, "TW-HTQT", "Vụ Hợp tác quốc tế", "TW-VP", "Văn phòng BHXH Việt Nam"));
    }

    /** Each bad line gets its own problem on its line, worded for the administrator, and nothing is written. */
    @Test
    void aSuccessorIsRecordedOnlyForAUnitThatEndedToAnotherUnitInForceOnceAndNotAgain() {
        long plan = planned("ZQ-61/QĐ",
                line("SUCCEED", "TW-VP", "TW-TCCB"),
                line("SUCCEED", "ZQ999", "TW-VP"),
                line("SUCCEED", "TW-TDKT", "TW-HTQT"),
                line("SUCCEED", "TW-KHDT", "TW-KHDT"),
                line("SUCCEED", "TW-HTQT", "TW-VP"),
                line("SUCCEED", "TW-HTQT", "TW-TCCB"),
                line("SUCCEED", "T02", "T08"),
                line("SUCCEED", "T06", "ZQ998"));
        PlanReview review = plans.review(plan, admin);

        assertThat(codesOf(review)).containsExactly("1 succeed.inForce", "2 code.unknown", "3 successor.notInForce",
                "4 succeed.self", "5 succeed.twice", "6 succeed.twice", "7 succeed.exists", "8 code.unknown");
        assertThat(message(review, 1)).isEqualTo("Đơn vị TW-VP còn hoạt động trong tháng 01/2027: chỉ ghi nhận kế thừa (SUCCEED) "
                + "cho đơn vị đã kết thúc trước tháng đó. Muốn một đơn vị khác tiếp nhận đơn vị đang hoạt động, dùng MERGE.");
        assertThat(message(review, 2)).isEqualTo("Không có đơn vị nào mang mã ZQ999, ghi ở cột old_code (mã đơn vị cũ).");
        assertThat(message(review, 3)).isEqualTo("Đơn vị kế thừa TW-HTQT không hoạt động trong tháng 01/2027.");
        assertThat(message(review, 4)).isEqualTo("Đơn vị TW-KHDT không thể là đơn vị kế thừa của chính nó.");
        assertThat(message(review, 5)).startsWith("Đơn vị TW-HTQT được ghi nhận kế thừa ở nhiều dòng (dòng 5, 6)");
        assertThat(message(review, 7)).isEqualTo("Đơn vị T08 đã được ghi nhận là đơn vị kế thừa của T02 từ tháng 04/2025.");
        assertThat(message(review, 8)).isEqualTo("Không có đơn vị nào mang mã ZQ998, ghi ở cột new_code (mã đơn vị mới).");
        assertThat(review.successions()).isEmpty();
        assertThatThrownBy(() -> plans.apply(plan, review.plan().version(), admin)).isInstanceOf(PlanHasProblemsException.class);
        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, 3L);
    }

    /**
     * A successor the same plan ends, a unit not yet created (ZQH50, from 01/2031) and values the kind does
     * not use are refused too; so is a unit in force named as ended and as merged in one plan.
     */
    @Test
    void aSuccessorEndingWithThePlanAUnitNotYetCreatedOrAValueNotUsedIsRefused() {
        jdbc.update("""
                WITH u AS (INSERT INTO unit (code) VALUES ('ZQH50') RETURNING id)
                INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id)
                SELECT u.id, DATE '2031-01-01', 'BHXH huyện Năm Mươi', 'DISTRICT', ? FROM u""", ids.get("ZQT1"));

        PlanReview review = plans.review(planned("ZQ-62/QĐ",
                line("SUCCEED", "TW-HTQT", "ZQH11"),
                line("CLOSE", "ZQH11"),
                line("SUCCEED", "ZQH50", "TW-VP"),
                line("SUCCEED", "TW-TDKT", "TW-VP", "Văn phòng", "VN", "CENTRAL"),
                line("SUCCEED", "ZQH12", "ZQH13"),
                line("MERGE", "ZQH12", "ZQH13")), admin);

        assertThat(codesOf(review)).containsExactly("1 successor.ends", "3 succeed.notEnded", "4 field.unused", "4 field.unused",
                "4 field.unused", "5 conflict", "6 conflict");
        assertThat(message(review, 3)).isEqualTo("Đơn vị ZQH50 không hoạt động trong tháng 01/2027 nhưng chưa kết thúc "
                + "(nó có hiệu lực từ một tháng sau): chỉ ghi nhận kế thừa cho đơn vị đã kết thúc trước tháng 01/2027.");
    }

    /** A plan's CSV file gives a SUCCEED line as typed, and the plan it fills is clean. */
    @Test
    void aCsvWithASucceedLineIsRead() {
        long plan = PlanFixtures.planned(plans, admin, "ZQ-63/QĐ", month);
        byte[] csv = ("kind,old_code,new_code,new_name,new_parent_code,level\n"
                + "succeed, tw-tdkt ,TW-VP,,,\n").getBytes(StandardCharsets.UTF_8);

        assertThat(plans.upload(plan, "ke-hoach.csv", csv.length, new ByteArrayInputStream(csv), admin)).isOne();

        PlanReview review = plans.review(plan, admin);
        assertThat(review.plan().lines()).extracting(PlanLine::kind, PlanLine::oldCode, PlanLine::newCode)
                .containsExactly(tuple("SUCCEED", "TW-TDKT", "TW-VP"));
        assertThat(review.problems()).isEmpty();
        assertThat(review.successions()).extracting(PlanReview.Succession::code).containsExactly("TW-TDKT");
    }

    private long idOf(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    /** The two units' versions, each as "unit from to name", oldest first. */
    private List<String> versionsOf(long one, long other) {
        return jdbc.queryForList("""
                SELECT unit_id || ' ' || valid_from || ' ' || coalesce(valid_to::text, '-') || ' ' || name FROM unit_version
                WHERE unit_id IN (?, ?) ORDER BY unit_id, valid_from""", String.class, one, other);
    }

    private String message(PlanReview review, int line) {
        PlanProblem problem = review.problemsOf(line).get(0);
        return messages.getMessage(problem.code(), problem.args(), VIETNAMESE);
    }

    /** Each problem as "line code", the code without its prefix, in line order. */
    private static List<String> codesOf(PlanReview review) {
        return review.problems().stream()
                .map(problem -> problem.line() + " " + problem.code().substring(PlanProblem.PREFIX.length())).toList();
    }
}
