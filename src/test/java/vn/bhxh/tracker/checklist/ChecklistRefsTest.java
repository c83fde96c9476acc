package vn.bhxh.tracker.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.support.IntegrationTest;

/**
 * What other modules read of the checklist: a version as a {@link ChecklistVersionRef}, its duties
 * and their indicators as records, the same as the entities say, in the directive's order.
 */
@IntegrationTest
class ChecklistRefsTest {

    @Autowired
    ChecklistService checklist;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theVersionInForceComesWithItsSevenDutiesInOrderAsTheEntitiesHoldThem() {
        ChecklistVersion entity = checklist.versionInForce(YearMonth.of(2021, 8)).orElseThrow();
        ChecklistVersionRef version = checklist.refInForce(YearMonth.of(2021, 8)).orElseThrow();

        assertThat(version.id()).isEqualTo(entity.getId());
        assertThat(version.name()).isEqualTo(entity.getName());
        assertThat(version.duties()).extracting(DutyRef::code).containsExactly("2a", "2b", "2c", "2d", "2đ", "2e", "2g");
        for (int i = 0; i < entity.getDuties().size(); i++) {
            Duty duty = entity.getDuties().get(i);
            DutyRef ref = version.duties().get(i);
            assertThat(ref.id()).isEqualTo(duty.getId());
            assertThat(ref.title()).isEqualTo(duty.getTitle());
            assertThat(ref.originalText()).isEqualTo(duty.getOriginalText());
            assertThat(ref.citation()).isEqualTo(duty.getCitation());
            assertThat(ref.indicators()).extracting(IndicatorRef::id, IndicatorRef::name, IndicatorRef::unitOfMeasure,
                            IndicatorRef::kind, IndicatorRef::worseWhen)
                    .containsExactlyElementsOf(duty.getIndicators().stream().map(indicator -> tuple(
                            indicator.getId(), indicator.getName(), indicator.getUnitOfMeasure(), indicator.getKind(),
                            indicator.getWorseWhen())).toList());
        }
    }

    @Test
    void aDutysIndicatorsComeInTheirPositionsOrder() {
        List<Long> byPosition = jdbc.queryForList("""
                SELECT i.id FROM indicator i JOIN duty d ON d.id = i.duty_id
                WHERE d.checklist_version_id = ? AND d.code = '2a' ORDER BY i.position""", Long.class, inForce().id());

        assertThat(inForce().duties().get(0).indicators()).extracting(IndicatorRef::id).containsExactlyElementsOf(byPosition);
    }

    @Test
    void anIndicatorNamesTheIndicatorOfItsDutyThatItMayNotExceed() {
        DutyRef duty2a = inForce().duties().get(0);
        IndicatorRef received = duty2a.indicators().get(1);

        // V8: answered on time and overdue, each at most received
        assertThat(duty2a.indicators()).extracting(IndicatorRef::atMostId)
                .containsExactly(null, null, received.id(), received.id(), null);
        assertThat(duty2a.indicator(received.id())).contains(received);
        assertThat(inForce().duties()).allSatisfy(duty -> assertThat(duty.indicators())
                .allSatisfy(indicator -> {
                    if (indicator.atMostId() != null) {
                        assertThat(duty.indicator(indicator.atMostId())).as("a bound within the same duty").isPresent();
                    }
                }));
    }

    @Test
    void aVersionIsFoundByItsIdAndAnUnknownIdOrAMonthBeforeTheFirstVersionFindsNone() {
        ChecklistVersionRef inForce = inForce();

        assertThat(checklist.refOf(inForce.id())).contains(inForce);
        assertThat(inForce.duty(inForce.duties().get(2).id())).contains(inForce.duties().get(2));
        assertThat(inForce.duty(-1L)).isEmpty();
        assertThat(checklist.refOf(-1L)).isEmpty();
        assertThat(checklist.refInForce(YearMonth.of(2021, 7))).isEmpty();
    }

    private ChecklistVersionRef inForce() {
        return checklist.refInForce(YearMonth.of(2021, 8)).orElseThrow();
    }
}
