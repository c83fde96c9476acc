package vn.bhxh.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestClock;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * A user's unit, kept by its id: what the signed-in user carries of it, and the leaders and directors
 * found by unit for reminders.
 */
@IntegrationTest
class UserAccountUnitTest {

    @Autowired
    UserDetailsService signIn;

    @Autowired
    UserAccountService users;

    @Autowired
    UnitDirectory units;

    // the demo profile wraps the application's clock (demo.DemoClock): the test clock itself is this one
    final TestClock clock = TestClock.INSTANCE;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSignedInUserCarriesTheIdNameAndLevelOfTheirUnit() {
        CurrentUser hanoi = (CurrentUser) signIn.loadUserByUsername("hanoi");

        assertThat(hanoi.unitId()).isEqualTo(units.refByCode("T01").orElseThrow().id());
        assertThat(hanoi.unitName()).isEqualTo("BHXH thành phố Hà Nội");
        assertThat(hanoi.unitLevel()).isEqualTo(UnitLevel.PROVINCE);
    }

    @Test
    void aUserWhoseUnitIsNotInEffectStillSignsInWithTheUnitsName() {
        clock.freezeAt(LocalDateTime.of(2020, 12, 31, 12, 0)); // every unit is in effect from 2021-01-01

        CurrentUser badinh = (CurrentUser) signIn.loadUserByUsername("badinh");

        assertThat(badinh.unitName()).isEqualTo("BHXH quận Ba Đình");
        assertThat(badinh.unitLevel()).isEqualTo(UnitLevel.DISTRICT);
    }

    @Test
    void theLeadersToWriteToAreFoundByTheirUnitsId() {
        Long baDinh = units.refByCode("H001").orElseThrow().id();

        assertThat(users.leaderEmailsOf(List.of(baDinh, -1L))).containsOnlyKeys(baDinh)
                .hasEntrySatisfying(baDinh, emails -> assertThat(emails)
                        .contains("badinh.pho@demo.invalid", "badinh@demo.invalid").isSorted());
        assertThat(users.unitsWithLeadersToWrite()).contains(baDinh);
    }

    @Test
    void theDirectorsToWriteToAreFoundByTheirProvincesCodeAndAnUnknownCodeFindsNone() {
        assertThat(users.directorEmailsOf(List.of("T01", "NO-SUCH-UNIT"))).containsOnlyKeys("T01")
                .hasEntrySatisfying("T01", emails -> assertThat(emails).contains("hanoi@demo.invalid"));
        assertThat(users.directorEmailsOf(List.of("NO-SUCH-UNIT"))).isEmpty();
        assertThat(users.directorEmailsOf(List.of())).isEmpty();
    }
}
