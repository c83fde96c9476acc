package vn.bhxh.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.persistence.Entity;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import vn.bhxh.tracker.account.SignInThrottles;
import vn.bhxh.tracker.evidence.AsEvidenceWas;
import vn.bhxh.tracker.review.AsReviewDecisionWas;
import vn.bhxh.tracker.unit.Unit;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * A module refers to another module's records by id and learns the rest through that module's
 * services, query methods, records and events, never through its JPA entities: so a module may change
 * its entities without the others. {@link #noModuleUsesAnotherModulesEntity()} fails on any use.
 *
 * <p>A module is a package right under {@code vn.bhxh.tracker} with its sub-packages, as Spring Modulith
 * finds them (see {@link ModularityTest}); a use is any dependency ArchUnit sees in the compiled main
 * code (a field, a parameter or return type, a call, a type argument), not what a template navigates.
 */
class ModuleEntitiesTest {

    private static final String BASE = "vn.bhxh.tracker";

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void noModuleUsesAnotherModulesEntity() {
        noEntityOfAnotherModule().check(CODE);
        assertThat(usesOfOtherModulesEntities(CODE)).isEmpty();
    }

    /**
     * An entity names other modules' records by id: a {@code SelfAssessment} its unit and its authors,
     * a {@code ReviewDecision} its submission and its reviewer, an {@code Evidence} its duty report and
     * its uploader, a {@code UserAccount} its unit.
     */
    @Test
    void noEntityHoldsAnotherModulesEntity() {
        JavaClasses entities = CODE.that(CanBeAnnotated.Predicates.annotatedWith(Entity.class));
        assertThat(entities).extracting(JavaClass::getSimpleName)
                .contains("SelfAssessment", "DutyReport", "Submission", "ReviewDecision", "Evidence", "UserAccount");
        assertThat(usesOfOtherModulesEntities(entities)).isEmpty();
    }

    @Test
    void aClassHoldingAnotherModulesEntitiesBreaksTheRule() {
        var offenders = new ClassFileImporter().importClasses(AsEvidenceWas.class, AsReviewDecisionWas.class);
        assertThatThrownBy(() -> noEntityOfAnotherModule().check(offenders))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(AsEvidenceWas.class.getName())
                .hasMessageContaining("evidence may not use reporting.DutyReport")
                .hasMessageContaining("evidence may not use account.UserAccount")
                .hasMessageContaining(AsReviewDecisionWas.class.getName())
                .hasMessageContaining("review may not use reporting.Submission")
                .hasMessageContaining("review may not use account.UserAccount");
    }

    @Test
    void aModulesOwnEntitiesAreNoUse() {
        var own = new ClassFileImporter().importClasses(UnitDirectory.class, SignInThrottles.class);
        assertThat(own.get(UnitDirectory.class).getDirectDependenciesFromSelf())
                .anyMatch(use -> use.getTargetClass().isEquivalentTo(Unit.class));
        assertThat(usesOfOtherModulesEntities(own)).isEmpty();
    }

    /** The rule: a class of a module depends on no entity of another module. */
    private static ArchRule noEntityOfAnotherModule() {
        return classes().that().resideInAPackage(BASE + "..")
                .should(new ArchCondition<>("use no entity of another module") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String module = moduleOf(item);
                        usesOfOtherModulesEntities(item).forEach(use -> events.add(SimpleConditionEvent.violated(use,
                                use.getDescription() + ": " + module + " may not use " + nameOf(targetOf(use)))));
                    }
                })
                .because("a module refers to other modules' records by id and reads them through their services");
    }

    /** For each module, the entities of other modules its classes depend on, as "module.Entity". */
    private static Map<String, Set<String>> usesOfOtherModulesEntities(JavaClasses classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass item : classes) {
            usesOfOtherModulesEntities(item).forEach(use ->
                    uses.computeIfAbsent(moduleOf(item), any -> new TreeSet<>()).add(nameOf(targetOf(use))));
        }
        return uses;
    }

    /** The class's dependencies on an entity of a module other than its own; none outside any module. */
    private static Stream<Dependency> usesOfOtherModulesEntities(JavaClass item) {
        String module = moduleOf(item);
        return module == null ? Stream.empty() : item.getDirectDependenciesFromSelf().stream().filter(use -> {
            JavaClass target = targetOf(use);
            String owner = moduleOf(target);
            return owner != null && !owner.equals(module) && target.isAnnotatedWith(Entity.class);
        });
    }

    /** The class a dependency reaches; for an array, the type of its elements. */
    private static JavaClass targetOf(Dependency use) {
        return use.getTargetClass().getBaseComponentType();
    }

    /** The module of a class: the package right under {@code vn.bhxh.tracker}; null outside any module. */
    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(BASE + ".")) {
            return null;
        }
        String rest = name.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String nameOf(JavaClass entity) {
        return moduleOf(entity) + "." + entity.getSimpleName();
    }
}
