package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.reporting.ComplianceStatus;
import vn.bhxh.tracker.reporting.MonthChoice;
import vn.bhxh.tracker.reporting.ReportingPeriodRef;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.system.PageLinks;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The oversight dashboard: a month's figures for the country (Ban TCCB, leadership) or one province
 * (its director, who sees nothing else), each figure leading to the units behind it, and the units
 * with their report's state, timeliness and status duty by duty. Every page shows the month now due
 * unless another is asked for; a month without a reporting period is 404.
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize("hasAnyRole('REVIEWER', 'EXECUTIVE', 'PROVINCE_DIRECTOR')")
class DashboardController {

    private final SummaryFigures summaries;
    private final UnitStatuses unitStatuses;
    private final DutyMatrix matrix;
    private final Trends trends;
    private final Worsenings worsenings;
    private final MostReturned mostReturned;
    private final YearFigures yearFigures;
    private final ReportingPeriods periods;
    private final UnitDirectory unitDirectory;
    private final TrendCharts charts;
    private final LineageMarks lineageMarks;

    DashboardController(SummaryFigures summaries, UnitStatuses unitStatuses, DutyMatrix matrix, Trends trends,
                        Worsenings worsenings, MostReturned mostReturned, YearFigures yearFigures,
                        ReportingPeriods periods, UnitDirectory unitDirectory, TrendCharts charts,
                        LineageMarks lineageMarks) {
        this.summaries = summaries;
        this.unitStatuses = unitStatuses;
        this.matrix = matrix;
        this.trends = trends;
        this.worsenings = worsenings;
        this.mostReturned = mostReturned;
        this.yearFigures = yearFigures;
        this.periods = periods;
        this.unitDirectory = unitDirectory;
        this.charts = charts;
        this.lineageMarks = lineageMarks;
    }

    @GetMapping
    String dashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) YearMonth month,
                     @RequestParam(required = false) Long province, Model model) {
        MonthChoice months = periods.choice(month);
        YearMonth shown = months.shown().month();
        DashboardScope scope = DashboardScope.of(user, province);
        addCommon(model, user, months, scope);
        model.addAttribute("summary", summaries.summary(shown, scope));
        model.addAttribute("mostReturned", mostReturned.mostReturned(shown, scope, 10));
        List<MonthTrend> trend = trends.trend(shown, scope);
        List<LineageMarks.LineageMark> marks = lineageMarks.of(MonthRange.twelveMonthsTo(shown), scope,
                LocaleContextHolder.getLocale());
        model.addAttribute("trend", trend);
        model.addAttribute("lineageMarks", marks);
        // the year to date counts predecessors only if one joined in its months (not for a rename only)
        model.addAttribute("yearMarked", LineageMarks.anyJoined(marks.stream()
                .filter(mark -> mark.month().getYear() == shown.getYear()).toList()));
        model.addAttribute("trendCharts", charts.months(trend, marks));
        model.addAttribute("dutyCharts", charts.duties(trends.dutyTrend(trend.stream().map(MonthTrend::month).toList(),
                scope, matrix.dutyCodes(shown)), marks));
        model.addAttribute("yearToDate", YearToDate.of(shown, trend));
        model.addAttribute("worsened", worsenings.worsenedThreeMonthsRunning(shown, scope));
        return "dashboard/dashboard";
    }

    /**
     * The year to date, January up to the chosen month: the same figures counted in unit-months, and
     * each unit with its months on time, late or missing, its duties fully done over the months they
     * applied, and a link to each month's report.
     */
    @GetMapping("/year")
    String year(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) YearMonth month,
                @RequestParam(required = false) Long province,
                @RequestParam(required = false) UnitLevel level,
                @RequestParam(defaultValue = "HIERARCHY") UnitOrder sort,
                @RequestParam(defaultValue = "0") int page, Model model) {
        MonthChoice months = periods.choice(month);
        YearMonth shown = months.shown().month();
        MonthRange range = MonthRange.yearTo(shown);
        DashboardScope scope = DashboardScope.of(user, province);
        Page<UnitYear> units = yearFigures.units(range, scope, level, sort, PageLinks.page(page, 50));
        addCommon(model, user, months, scope);
        addMatrix(model, shown, units, filters(shown, province), level, sort);
        model.addAttribute("range", range);
        model.addAttribute("lineageMarks", lineageMarks.of(range, scope, LocaleContextHolder.getLocale()));
        model.addAttribute("summary", summaries.summary(range, scope));
        model.addAttribute("tallies", yearFigures.dutyTallies(range, scope, units.getContent().stream().map(UnitYear::unitId).toList()));
        return "dashboard/year";
    }

    /**
     * Units whose indicators worsened three months running up to the chosen month (each indicator in
     * its own direction), beside those whose share of duties fully done fell: a page of its own, as
     * it reads every indicator value of four months.
     */
    @GetMapping("/worsened")
    String worsened(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) YearMonth month,
                    @RequestParam(required = false) Long province, Model model) {
        MonthChoice months = periods.choice(month);
        YearMonth shown = months.shown().month();
        DashboardScope scope = DashboardScope.of(user, province);
        addCommon(model, user, months, scope);
        model.addAttribute("indicators", worsenings.worsenedIndicators(shown, scope));
        model.addAttribute("worsened", worsenings.worsenedThreeMonthsRunning(shown, scope));
        model.addAttribute("fourMonths", List.of(shown.minusMonths(3), shown.minusMonths(2), shown.minusMonths(1), shown));
        return "dashboard/worsened";
    }

    /** The national view: provinces ranked by compliance or by timeliness, each leading to its own figures. */
    @GetMapping("/provinces")
    @PreAuthorize("hasAnyRole('REVIEWER', 'EXECUTIVE')")
    String provinces(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) YearMonth month,
                     @RequestParam(defaultValue = "compliance") String sort, Model model) {
        MonthChoice months = periods.choice(month);
        YearMonth shown = months.shown().month();
        boolean byTimeliness = "timeliness".equals(sort);
        Comparator<ProvinceFigures> ranking = Comparator.comparing(
                byTimeliness ? ProvinceFigures::timelinessRate : ProvinceFigures::complianceRate,
                Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())).reversed()
                .thenComparing(ProvinceFigures::code);
        addCommon(model, user, months, DashboardScope.NATIONAL);
        model.addAttribute("ranked", summaries.provinces(shown).stream().sorted(ranking).toList());
        model.addAttribute("sort", byTimeliness ? "timeliness" : "compliance");
        return "dashboard/provinces";
    }

    @GetMapping("/units")
    String units(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) YearMonth month,
                 @RequestParam(required = false) Long province,
                 @RequestParam(defaultValue = "EXPECTED") UnitFilter figure,
                 @RequestParam(required = false) UnitLevel level,
                 @RequestParam(defaultValue = "HIERARCHY") UnitOrder sort,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        MonthChoice months = periods.choice(month);
        YearMonth shown = months.shown().month();
        DashboardScope scope = DashboardScope.of(user, province);
        Page<UnitStatus> units = unitStatuses.units(shown, scope, figure, level, sort, PageLinks.page(page, 50));
        Map<Long, Map<String, ComplianceStatus>> duties = matrix.dutyStatuses(units.getContent().stream()
                .filter(UnitStatus::isSubmitted).map(UnitStatus::reportId).toList());
        addCommon(model, user, months, scope);
        addMatrix(model, shown, units, filters(shown, province).queryParam("figure", figure), level, sort);
        model.addAttribute("duties", duties);
        model.addAttribute("figure", figure);
        return "dashboard/units";
    }

    /** The month and province of a matrix's page links; the page adds its own filters. */
    private static UriComponentsBuilder filters(YearMonth shown, Long province) {
        return UriComponentsBuilder.newInstance()
                .queryParam("month", shown)
                .queryParamIfPresent("province", Optional.ofNullable(province));
    }

    /**
     * What both unit matrices (the month's, the year's) show around their rows: the duties' headings,
     * the level and order chosen and their choices, and links to the other pages with every filter.
     */
    private void addMatrix(Model model, YearMonth shown, Page<?> units, UriComponentsBuilder filters, UnitLevel level,
                           UnitOrder sort) {
        String query = filters.queryParamIfPresent("level", Optional.ofNullable(level)).queryParam("sort", sort)
                .encode().build().getQuery();
        model.addAttribute("dutyCodes", matrix.dutyCodes(shown));
        model.addAttribute("units", units);
        model.addAttribute("pageLinks", new PageLinks(units, query));
        model.addAttribute("level", level);
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("sort", sort);
        model.addAttribute("orders", UnitOrder.values());
    }

    /**
     * What every dashboard page shows around its figures. The duty codes are not among them: the two
     * matrices (units, year) read them once for their headings, and the dashboard once for its duty trend.
     * The selects' options come ready ({@link Choice}); the provinces are read only for a user who
     * may choose one, and are the month's, as is the name of the province a page is narrowed to.
     */
    private void addCommon(Model model, CurrentUser user, MonthChoice months, DashboardScope scope) {
        ReportingPeriodRef period = months.shown();
        boolean choosesProvince = DashboardScope.choosesProvince(user);
        model.addAttribute("month", period.month());
        model.addAttribute("scope", scope);
        model.addAttribute("scopeUnit", unitDirectory.refOf(scope.provinceId(), period.month()).orElse(null));
        model.addAttribute("monthChoices", Choice.months(months.recent(), period.month()));
        model.addAttribute("choosesProvince", choosesProvince);
        model.addAttribute("provinceChoices", choosesProvince
                ? Choice.provinces(unitDirectory.provincesInEffect(period.month()), scope.provinceId()) : List.of());
        // before the month's deadline every page says its figures are "so far"
        model.addAttribute("period", period);
        model.addAttribute("deadlinePassed", period.deadlinePassed());
        model.addAttribute("today", periods.today());
    }
}
