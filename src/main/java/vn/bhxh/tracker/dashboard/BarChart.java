package vn.bhxh.tracker.dashboard;

import java.util.List;

/**
 * A chart of rates by month as the dashboard draws it (SVG, no script): each bar's place, height and
 * labels worked out once by {@link TrendCharts}, so that the template only writes them out. The page
 * has 12 × 2 + 12 × 7 bars; drawn with a dozen template expressions each, they were most of its own time.
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
}
