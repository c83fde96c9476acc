package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bars' SVG as the page writes it: each bar's place and labels, its texts escaped, Vietnamese letters as they are. */
class BarChartTest {

    private static final BarChart.Bar OCTOBER = new BarChart.Bar(36, 50, 80, 50, "bar-on-time", "10/2026: 80,0%", "80",
            "10", "2026");
    private static final BarChart.Bar NOVEMBER = new BarChart.Bar(73, 130, 0, 87, "bar-on-time bar-so-far",
            "11/2026: — (Số liệu tạm tính)", "", "11", null);

    @Test
    void aLargeChartsBarHasItsTitleValueMonthAndTheYearOnlyWhereShown() {
        String svg = new BarChart("onTime", List.of(OCTOBER, NOVEMBER), null).largeBars();

        assertThat(svg).isEqualTo("""
                <g>
                        <rect width="28" class="bar-on-time" x="36" y="50" height="80"><title>10/2026: 80,0%</title></rect>
                        <text class="value" text-anchor="middle" x="50" y="44">80</text>
                        <text y="146" class="tick" text-anchor="middle" x="50">10</text>
                        <text y="160" class="tick" text-anchor="middle" x="50">2026</text>
                      </g><g>
                        <rect width="28" class="bar-on-time bar-so-far" x="73" y="130" height="0"><title>11/2026: — (Số liệu tạm tính)</title></rect>
                        <text class="value" text-anchor="middle" x="87" y="124"></text>
                        <text y="146" class="tick" text-anchor="middle" x="87">11</text>
                        \n      </g>""");
    }

    @Test
    void aSmallChartsBarHasItsTitleAndMonth() {
        String svg = new BarChart("2a", List.of(new BarChart.Bar(4, 12, 50, 11, "bar-compliance", "10/2026: 100,0% (3/3)",
                "", "10", null)), "100,0%").smallBars();

        assertThat(svg).isEqualTo("""
                <g>
                          <rect width="15" class="bar-compliance" x="4" y="12" height="50"><title>10/2026: 100,0% (3/3)</title></rect>
                          <text y="76" class="tick" text-anchor="middle" x="11">10</text>
                        </g>""");
    }

    @Test
    void aTitleWithCharactersHtmlReservesIsEscapedAsTheTemplateWouldAndNothingElseIs() {
        BarChart.Bar odd = new BarChart.Bar(4, 12, 50, 11, "bar-compliance", "<b>\"Đủ\" & 'hết'</b>", "", "10", null);

        assertThat(new BarChart("2a", List.of(odd), null).smallBars())
                .contains("<title>&lt;b&gt;&quot;Đủ&quot; &amp; &#39;hết&#39;&lt;/b&gt;</title>")
                .doesNotContain("<b>");
    }
}
