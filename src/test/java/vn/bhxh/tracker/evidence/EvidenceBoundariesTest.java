package vn.bhxh.tracker.evidence;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.reporting.DutyReport;

/**
 * The evidence module knows the modules it uses through their services, records, events and ports,
 * never their entities: a file keeps its duty report's and its uploader's ids, and learns the rest
 * from {@code SelfAssessments} and {@code UserAccountService}. So reporting and account may change
 * their entities without evidence.
 */
class EvidenceBoundariesTest {

    private static final String EVIDENCE = "vn.bhxh.tracker.evidence..";

    private static final ArchRule NO_ENTITY_OF_ANOTHER_MODULE = noClasses().that().resideInAPackage(EVIDENCE)
            .should().dependOnClassesThat(resideOutsideOfPackage(EVIDENCE).and(annotatedWith(Entity.class)))
            .because("evidence refers to other modules' records by id and reads them through their services");

    @Test
    void evidenceReachesNoEntityOfAnotherModule() {
        NO_ENTITY_OF_ANOTHER_MODULE.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.bhxh.tracker"));
    }

    @Test
    void aClassOfEvidenceHoldingAnotherModulesEntityBreaksTheRule() {
        var offender = new ClassFileImporter().importClasses(AsEvidenceWas.class, DutyReport.class, UserAccount.class);
        assertThatThrownBy(() -> NO_ENTITY_OF_ANOTHER_MODULE.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(DutyReport.class.getName())
                .hasMessageContaining(UserAccount.class.getName());
    }

    /** What {@link Evidence} held before: reporting's and account's entities themselves. */
    static class AsEvidenceWas {
        DutyReport dutyReport;
        UserAccount uploadedBy;
    }
}
