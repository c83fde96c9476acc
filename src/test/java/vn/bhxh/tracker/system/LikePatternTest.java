package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterTypedByUsersAreEscaped() {
        assertThat(LikePattern.escape("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }

    @Test
    void surroundingSpacesAndNullAreDropped() {
        assertThat(LikePattern.escape("  ba dinh ")).isEqualTo("ba dinh");
        assertThat(LikePattern.escape(null)).isEmpty();
    }
}
