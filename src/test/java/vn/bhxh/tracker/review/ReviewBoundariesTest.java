package vn.bhxh.tracker.review;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.reporting.Submission;

/**
 * What the review module keeps names other modules' records by id, never by their entities: a
 * {@link ReviewDecision} holds its submission's and its reviewer's ids, and the history reads their
 * numbers and names through {@code SelfAssessments} and {@code UserAccountService}. (Its services still
 * take reporting's {@code SelfAssessment} to decide on it; this is about what review itself stores.)
 */
class ReviewBoundariesTest {

    private static final String REVIEW = "vn.bhxh.tracker.review..";

    @Test
    void reviewsEntitiesHoldNoEntityOfAnotherModule() {
        holdNoEntityOfAnotherModule(resideInAPackage(REVIEW).and(annotatedWith(Entity.class)))
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.bhxh.tracker"));
    }

    @Test
    void anEntityHoldingAnotherModulesEntityBreaksTheRule() {
        var offender = new ClassFileImporter().importClasses(AsReviewDecisionWas.class, Submission.class, UserAccount.class);
        assertThatThrownBy(() -> holdNoEntityOfAnotherModule(equivalentTo(AsReviewDecisionWas.class)).check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Submission.class.getName())
                .hasMessageContaining(UserAccount.class.getName());
    }

    private static ArchRule holdNoEntityOfAnotherModule(DescribedPredicate<? super JavaClass> reviewsEntities) {
        return noClasses().that(reviewsEntities)
                .should().dependOnClassesThat(resideOutsideOfPackage(REVIEW).and(annotatedWith(Entity.class)))
                .because("review's entities name other modules' records by id and read them through their services");
    }

    /** What {@link ReviewDecision} held before: reporting's and account's entities themselves. */
    static class AsReviewDecisionWas {
        Submission submission;
        UserAccount decidedBy;
    }
}
