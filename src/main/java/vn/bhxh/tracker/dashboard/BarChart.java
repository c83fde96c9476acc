package vn.bhxh.tracker.dashboard;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A chart of rates by month as the dashboard draws it (SVG, no script): each bar's place, height and
 * labels worked out once by {@link TrendCharts}, and its SVG elements written here ({@link #largeBars},
 * {@link #smallBars}), which the template writes out as they are around the chart's axes. The page has
 * 12 × 2 + 12 × 7 bars: drawn with a dozen template expressions each, they were most of its own time.
 *
 * @param label  what the chart shows: {@code onTime} or {@code compliance} for the large ones, a duty's code for the small ones
 * @param bars   oldest month first
 * @param latest the last month's rate as the reader writes it ("85,5%"), for the small charts' corner
 */
public record BarChart(String label, List<Bar> bars, String latest) {

    /**
     * One month's bar in the chart's own units (its {@code viewBox}).
     *
     * @param x      left edge
     * @param top    top edge: the baseline less the height
     * @param height 0 for a month without a rate
     * @param middle the bar's centre, where its labels stand
     * @param css    the bar's classes (colour; pale while the month's figures are so far)
     * @param title  what a pointer or a screen reader gets: "10/2026: 85,5%" and what the rate counts
     * @param value  the whole percentage written above the bar, or "" for none
     * @param month  "10"
     * @param year   "2026" under the first bar and January, else null
     */
    public record Bar(int x, int top, int height, int middle, String css, String title, String value, String month,
                      String year) {
    }

    /**
     * The bars of a large chart (480 × 170) as SVG elements, texts escaped: each a bar with its title,
     * its value above it, its month (and year) below.
     */
    public String largeBars() {
        StringBuilder svg = new StringBuilder(bars.size() * 400);
        for (Bar bar : bars) {
            rect(svg.append("<g>\n        "), bar, 28).append("\n        <text class=\"value\" text-anchor=\"middle\" x=\"")
                    .append(bar.middle()).append("\" y=\"").append(bar.top() - 6).append("\">").append(escaped(bar.value()))
                    .append("</text>\n        <text y=\"146\" class=\"tick\" text-anchor=\"middle\" x=\"").append(bar.middle())
                    .append("\">").append(escaped(bar.month())).append("</text>\n        ");
            if (bar.year() != null) {
                svg.append("<text y=\"160\" class=\"tick\" text-anchor=\"middle\" x=\"").append(bar.middle()).append("\">")
                        .append(escaped(bar.year())).append("</text>");
            }
            svg.append("\n      </g>");
        }
        return svg.toString();
    }

    /** The bars of a duty's small chart (240 × 84) as SVG elements, texts escaped: each a bar with its title, its month below. */
    public String smallBars() {
        StringBuilder svg = new StringBuilder(bars.size() * 200);
        for (Bar bar : bars) {
            rect(svg.append("<g>\n          "), bar, 15).append("\n          <text y=\"76\" class=\"tick\" text-anchor=\"middle\" x=\"")
                    .append(bar.middle()).append("\">").append(escaped(bar.month())).append("</text>\n        </g>");
        }
        return svg.toString();
    }

    /** The bar itself, {@code width} wide, with its title. */
    private static StringBuilder rect(StringBuilder svg, Bar bar, int width) {
        return svg.append("<rect width=\"").append(width).append("\" class=\"").append(bar.css()).append("\" x=\"")
                .append(bar.x()).append("\" y=\"").append(bar.top()).append("\" height=\"").append(bar.height())
                .append("\"><title>").append(escaped(bar.title())).append("</title></rect>");
    }

    /** As the template would write a text: the characters HTML reserves as references, the rest as they are (UTF-8). */
    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
