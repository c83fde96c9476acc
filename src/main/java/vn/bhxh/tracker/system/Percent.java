package vn.bhxh.tracker.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * A percentage as the reader writes it, for the pages ({@code @percent.of(rate)}): "85,5%" in
 * Vietnamese, "85.5%" in English, with the figure's own decimals; "—" for a rate that does not exist
 * (nothing expected). The messages' {@code {n}} arguments follow the same locale by themselves.
 */
@Component("percent")
@NamedInterface(name = "api", propagate = false)
public class Percent {

    public String of(Number rate) {
        return of(rate, LocaleContextHolder.getLocale());
    }

    static String of(Number rate, Locale locale) {
        if (rate == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = rate instanceof BigDecimal decimal ? Math.max(0, decimal.scale()) : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(rate) + "%";
    }
}
