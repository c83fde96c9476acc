package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;

/** How every month parameter is read: yyyy-MM, spaces around it ignored, empty text no month. */
class MonthConverterTest {

    private final MonthConverter converter = new MonthConverter();

    @Test
    void aMonthIsFourDigitsAHyphenAndTwoDigits() {
        assertThat(converter.convert("2025-01")).isEqualTo(YearMonth.of(2025, 1));
        assertThat(converter.convert("2026-12")).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void spacesAroundTheMonthAreIgnored() {
        assertThat(converter.convert("  2025-07 ")).isEqualTo(YearMonth.of(2025, 7));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "   "})
    void emptyOrBlankTextIsNoMonth(String text) {
        assertThat(converter.convert(text)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2025-13", "2025-00", "2025-1", "25-01", "abc", "12/2025", "2025-01-15", "2025 - 01",
            "２０２５-０１", "+2025-01", "20250-01"})
    void anythingElseIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> converter.convert(text))
                .isNotInstanceOf(PlainText.Refused.class);
    }

    @Test
    void aControlCharacterIsRefusedAsInAnyTextNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> converter.convert("2025-1\u00001"))
                .isInstanceOfSatisfying(PlainText.Refused.class,
                        refused -> assertThat(refused.fault()).isEqualTo(new PlainText.Fault("U+0000", 7, false)));
        assertThatIllegalArgumentException().isThrownBy(() -> converter.convert("2025-11\n"))
                .isInstanceOfSatisfying(PlainText.Refused.class, refused -> assertThat(refused.fault().lineBreak()).isTrue());
    }

    @Test
    void aMalformedMonthIsNamedButNotTextRefusedForAControlCharacterNorAnotherMismatch() {
        assertThat(MonthConverter.malformedMonthOf(mismatch("2025-13", YearMonth.class, new IllegalArgumentException())))
                .isEqualTo("2025-13");
        assertThat(MonthConverter.malformedMonthOf(mismatch("2025-1\u00001", YearMonth.class,
                new PlainText.Refused(new PlainText.Fault("U+0000", 7, false))))).isNull();
        assertThat(MonthConverter.malformedMonthOf(mismatch("abc", Long.class, new NumberFormatException()))).isNull();
        assertThat(MonthConverter.malformedMonthOf(new IllegalStateException("2025-13"))).isNull();
    }

    /** What the binder throws for a parameter whose conversion failed with {@code cause}. */
    private static TypeMismatchException mismatch(String value, Class<?> type, Exception cause) {
        return new TypeMismatchException(value, type, new ConversionFailedException(TypeDescriptor.valueOf(String.class),
                TypeDescriptor.valueOf(type), value, cause));
    }
}
