package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The header bar's text, white at its faintest opacity (the agency's name, 85%), stands out from the
 * bar's colour by WCAG 2's AA ratio for normal text, 4.5:1. Read from the style sheet the pages use.
 */
class HeaderContrastTest {

    private static final double FAINTEST_TEXT_OPACITY = 0.85;

    @Test
    void theHeadersWhiteTextMeetsWcagAaOnTheBarsColour() throws IOException {
        int[] bar = barColour();
        int[] text = new int[3];
        for (int i = 0; i < 3; i++) {
            text[i] = (int) Math.round(FAINTEST_TEXT_OPACITY * 255 + (1 - FAINTEST_TEXT_OPACITY) * bar[i]);
        }
        assertThat(contrast(text, bar)).isGreaterThanOrEqualTo(4.5);
        // the style sheet keeps every opacity of header text at or above the one measured here
        assertThat(css()).doesNotContainPattern("\\.app-header[^}]*opacity: \\.[0-7]");
    }

    @Test
    void bootstrapsPrimaryBlueWouldNotHaveMetIt() {
        int[] primary = {0x0d, 0x6e, 0xfd};
        int[] text = {(int) Math.round(0.85 * 255 + 0.15 * 0x0d), (int) Math.round(0.85 * 255 + 0.15 * 0x6e),
                (int) Math.round(0.85 * 255 + 0.15 * 0xfd)};
        assertThat(contrast(text, primary)).isLessThan(4.5);
    }

    private static int[] barColour() throws IOException {
        Matcher colour = Pattern.compile("\\.app-header-bar \\{ background-color: #([0-9a-fA-F]{6}); }").matcher(css());
        assertThat(colour.find()).as("the header bar's colour in app.css").isTrue();
        int rgb = Integer.parseInt(colour.group(1), 16);
        return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
    }

    private static String css() throws IOException {
        try (InputStream in = HeaderContrastTest.class.getResourceAsStream("/static/css/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** WCAG 2's contrast ratio of two sRGB colours. */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
