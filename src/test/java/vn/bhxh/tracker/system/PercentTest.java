package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Percentages as each language writes them, with the figure's own decimals. */
class PercentTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void vietnameseWritesADecimalCommaAndEnglishADecimalPoint() {
        assertThat(Percent.of(new BigDecimal("85.5"), VIETNAMESE)).isEqualTo("85,5%");
        assertThat(Percent.of(new BigDecimal("85.5"), Locale.ENGLISH)).isEqualTo("85.5%");
        assertThat(Percent.of(new BigDecimal("80.0"), VIETNAMESE)).isEqualTo("80,0%");
        assertThat(Percent.of(new BigDecimal("100.0"), Locale.ENGLISH)).isEqualTo("100.0%");
    }

    @Test
    void aWholeNumberHasNoDecimalsAndAMissingRateIsADash() {
        assertThat(Percent.of(80, VIETNAMESE)).isEqualTo("80%");
        assertThat(Percent.of(null, VIETNAMESE)).isEqualTo("—");
    }
}
