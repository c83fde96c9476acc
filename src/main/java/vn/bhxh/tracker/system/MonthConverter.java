package vn.bhxh.tracker.system;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.converter.Converter;

/**
 * The one way a month ({@code yyyy-MM}) is read from a request: every {@code @RequestParam} or
 * {@code @PathVariable} of type {@link YearMonth} goes through it ({@link WebConfiguration}).
 * Surrounding spaces are ignored and empty text is no month (null: an optional parameter is absent).
 * Anything else that is not four digits, a hyphen and two digits naming a month (2025-13, 2025-1,
 * abc) fails to convert: the 400 page saying so ({@link BadRequestHandler}), or on the API a problem
 * detail ({@link ApiExceptionResolver}). A control character is refused first, as in any text
 * ({@link PlainText}). Whether the month has a reporting period (else 404) is for the controller to ask.
 */
final class MonthConverter implements Converter<String, YearMonth> {

    /** The message that names a month that could not be read, with the text as sent. */
    static final String MALFORMED = "month.malformed";

    private static final Pattern YEAR_AND_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    @Override
    public YearMonth convert(String text) {
        PlainText.Fault fault = PlainText.firstFault(text, false);
        if (fault != null) {
            throw new PlainText.Refused(fault);
        }
        String month = text.strip();
        if (month.isEmpty()) {
            return null;
        }
        Matcher matcher = YEAR_AND_MONTH.matcher(month);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a month (yyyy-MM): " + month);
        }
        try {
            return YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (DateTimeException noSuchMonth) {
            throw new IllegalArgumentException("not a month (yyyy-MM): " + month, noSuchMonth);
        }
    }

    /**
     * The text of a month parameter that could not be read, if that is what failed; null for any
     * other failure, and for text refused for a control character (its own message names the character).
     */
    static String malformedMonthOf(Throwable failure) {
        if (failure instanceof TypeMismatchException mismatch && YearMonth.class.equals(mismatch.getRequiredType())
                && PlainText.faultOf(failure) == null) {
            return String.valueOf(mismatch.getValue());
        }
        return null;
    }
}
