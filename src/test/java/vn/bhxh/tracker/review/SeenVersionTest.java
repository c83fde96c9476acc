package vn.bhxh.tracker.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the queue's check boxes send, "id:version", and nothing else, names a report as the reviewer saw it. */
class SeenVersionTest {

    @Test
    void idAndVersionAreRead() {
        assertThat(SeenVersion.parse("42:7")).contains(new SeenVersion(42, 7));
        assertThat(SeenVersion.parse("123456789012345678:0")).contains(new SeenVersion(123456789012345678L, 0));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"khong-hop-le", "42", "42:", ":7", "-1:2", "4 2:7", "42:7:1", "42:7 ", "1234567890123456789:1"})
    void anythingElseIsNoReport(String sent) {
        assertThat(SeenVersion.parse(sent)).isEmpty();
    }
}
