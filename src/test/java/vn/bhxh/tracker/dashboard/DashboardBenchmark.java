package vn.bhxh.tracker.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.TestDatabase;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * The performance benchmark, not a test: run it with {@code bin/benchmark} (see the README). It fills
 * the database with a realistic volume (every unit × 120 months of reports, 7 duties each), then
 * times the national monthly dashboard and the API beside their raw SQL aggregation run alone, and
 * prints p50 / p95 latency and throughput. Target: dashboard p95 ≤ 100 ms and ≤ 1.5 × its raw SQL.
 */
@Tag("benchmark")
@BrowserTest
class DashboardBenchmark {

    private static final int MONTHS = 120;
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    /** The month before the first provincial step of 2025 (V30: 34 regional offices from 04/2025). */
    private static final YearMonth BEFORE_REORGANISATION = YearMonth.of(2025, 3);

    /** A month whose twelve-month trend crosses the 04/2025 and 07/2025 steps. */
    private static final YearMonth ACROSS_REORGANISATION = YearMonth.of(2025, 12);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    SummaryFigures summaries;

    @Autowired
    UnitMonths unitMonths;

    @Autowired
    UnitStatuses unitStatuses;

    @Autowired
    DutyMatrix matrix;

    @Autowired
    Trends trends;

    @Autowired
    Worsenings worsenings;

    @Autowired
    MostReturned mostReturned;

    @Autowired
    YearFigures yearFigures;

    @Autowired
    vn.bhxh.tracker.reporting.ReportingPeriods periods;

    @Autowired
    UnitDirectory unitDirectory;

    @Autowired
    Clock clock;

    @Autowired
    TestDatabase database;

    @Test
    void measure() throws Exception {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        long started = System.nanoTime();
        generate(month);
        System.out.printf(Locale.ROOT, "%nData: %d units, %d periods, %d reports, %d duty reports, %d indicator values"
                        + " (generated in %.1f s)%n",
                count("unit"), count("reporting_period"), count("self_assessment"), count("duty_report"), count("indicator_value"),
                (System.nanoTime() - started) / 1e9);
        // only the tables' owner may analyze them; the application's role would skip every one
        database.asOwner().execute("ANALYZE");

        HttpClient browser = signedInBrowser();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("tccb:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        // a machine client that keeps its session cookie, as the API's documentation advises
        HttpClient api = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        List<Row> rows = new ArrayList<>();
        rows.add(time("raw SQL: national monthly summary", () ->
                named.queryForMap(SummaryFigures.SUMMARY.in(DashboardScope.NATIONAL),
                        unitMonths.parameters(MonthRange.of(month), DashboardScope.NATIONAL))));
        rows.add(time("service: SummaryFigures.summary", () -> summaries.summary(month, DashboardScope.NATIONAL)));
        rows.add(time("raw SQL: twelve-month trend", () -> trends.trend(month, DashboardScope.NATIONAL)));
        List<YearMonth> twelveMonths = trends.trend(month, DashboardScope.NATIONAL).stream()
                .map(MonthTrend::month).toList();
        rows.add(time("raw SQL: twelve-month trend of each duty", () ->
                trends.dutyTrend(twelveMonths, DashboardScope.NATIONAL, matrix.dutyCodes(month))));
        rows.add(time("raw SQL: worsened three months running", () ->
                worsenings.worsenedThreeMonthsRunning(month, DashboardScope.NATIONAL)));
        rows.add(time("raw SQL: indicators worsened three months", () ->
                worsenings.worsenedIndicators(month, DashboardScope.NATIONAL)));
        rows.add(time("queries alone: all of the dashboard page's", () -> dashboardQueries(month, DashboardScope.NATIONAL)));
        rows.add(time("page: GET /dashboard (national)", () -> get(browser, "/dashboard?month=" + month, null)));
        // the month before V30's 04/2025 step (63 provincial offices, 782 units) and a province whose
        // trend crosses it (Tuyên Quang, which took in Hà Giang in 04/2025), seen from 12/2025
        rows.add(time("queries alone: dashboard page's, " + BEFORE_REORGANISATION,
                () -> dashboardQueries(BEFORE_REORGANISATION, DashboardScope.NATIONAL)));
        rows.add(time("page: GET /dashboard (national), " + BEFORE_REORGANISATION,
                () -> get(browser, "/dashboard?month=" + BEFORE_REORGANISATION, null)));
        Long tuyenQuang = unitDirectory.refByCode("T08").orElseThrow().id();
        rows.add(time("queries alone: dashboard page's, T08 " + ACROSS_REORGANISATION,
                () -> dashboardQueries(ACROSS_REORGANISATION, new DashboardScope(tuyenQuang))));
        rows.add(time("page: GET /dashboard (T08), " + ACROSS_REORGANISATION, () ->
                get(browser, "/dashboard?month=" + ACROSS_REORGANISATION + "&province=" + tuyenQuang, null)));
        rows.add(time("API: GET /api/v1/periods/{m}/summary", () -> get(api, "/api/v1/periods/" + month + "/summary", basic)));
        rows.add(time("raw SQL: units of one figure (page of 50)", () ->
                unitStatuses.units(month, DashboardScope.NATIONAL, UnitFilter.EXPECTED, null,
                        org.springframework.data.domain.PageRequest.of(0, 50))));
        rows.add(time("page: GET /dashboard/units (50 of all)", () -> get(browser, "/dashboard/units?month=" + month, null)));
        rows.add(time("API: GET /api/v1/periods/{m}/units (all)", () -> get(api, "/api/v1/periods/" + month + "/units", basic)));
        rows.add(time("page: GET /dashboard/worsened (national)", () -> get(browser, "/dashboard/worsened?month=" + month, null)));
        MonthRange year = MonthRange.yearTo(month);
        rows.add(time("raw SQL: year to date (figures, 50 units, duties)", () -> {
            summaries.summary(year, DashboardScope.NATIONAL);
            List<Long> ids = yearFigures.units(year, DashboardScope.NATIONAL, null, UnitOrder.HIERARCHY,
                    org.springframework.data.domain.PageRequest.of(0, 50)).getContent().stream().map(UnitYear::unitId).toList();
            return yearFigures.dutyTallies(year, DashboardScope.NATIONAL, ids);
        }));
        rows.add(time("page: GET /dashboard/year (national)", () -> get(browser, "/dashboard/year?month=" + month, null)));
        rows.add(time("export: GET /dashboard/year/export.xlsx (all)", () ->
                get(browser, "/dashboard/year/export.xlsx?month=" + month, null)));

        System.out.printf(Locale.ROOT, "%n%-44s %9s %9s %12s%n", "operation (" + RUNS + " runs after " + WARM_UP + " warm-up)",
                "p50 ms", "p95 ms", "per second");
        for (Row row : rows) {
            if (row == null) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%-44s %9.1f %9.1f %12.1f%n", row.name, row.p50, row.p95, row.throughput);
        }
        System.out.println();
    }

    /** What the dashboard page runs, each once: the duty codes are read for the duty trend only. */
    private Object dashboardQueries(YearMonth month, DashboardScope scope) {
        summaries.summary(month, scope);
        mostReturned.mostReturned(month, scope, 10);
        List<YearMonth> months = trends.trend(month, scope).stream().map(MonthTrend::month).toList();
        trends.dutyTrend(months, scope, matrix.dutyCodes(month));
        worsenings.worsenedThreeMonthsRunning(month, scope);
        periods.recent();
        return unitDirectory.provincesInEffect(month);
    }

    /** Every unit in effect gets a report for each of the 120 months up to {@code last}, in every state. */
    private void generate(YearMonth last) {
        YearMonth first = last.minusMonths(MONTHS - 1);
        jdbc.update("""
                INSERT INTO reporting_period (month, deadline_date, opened_at)
                SELECT m, (m + interval '1 month' + interval '4 days')::date, now()
                FROM generate_series(?::date, ?::date, interval '1 month') AS m
                ON CONFLICT (month) DO NOTHING""", first.atDay(1), last.atDay(1));
        long admin = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
        jdbc.update("""
                INSERT INTO self_assessment (unit_id, period_id, checklist_version_id, state, first_submitted_at,
                    last_submitted_at, created_at, created_by_id, updated_at, updated_by_id)
                SELECT u.id, p.id, v.id,
                       (ARRAY['ACCEPTED','ACCEPTED','ACCEPTED','SUBMITTED','RETURNED','DRAFT'])[1 + (u.id + p.id) % 6],
                       CASE WHEN (u.id + p.id) % 6 = 5 THEN NULL
                            ELSE p.deadline_date::timestamp + ((u.id * 7 + p.id) % 72 - 48) * interval '1 hour' END,
                       CASE WHEN (u.id + p.id) % 6 = 5 THEN NULL
                            ELSE p.deadline_date::timestamp + ((u.id * 7 + p.id) % 72 - 48) * interval '1 hour' END,
                       now(), ?, now(), ?
                FROM unit u CROSS JOIN reporting_period p
                -- the version in force, or the first one for months before the directive (ten years of data)
                JOIN LATERAL (SELECT id FROM checklist_version
                              WHERE effective_from <= greatest(p.month, DATE '2021-08-01')
                                AND (effective_to IS NULL OR effective_to >= greatest(p.month, DATE '2021-08-01'))
                              ORDER BY effective_from DESC LIMIT 1) v ON true
                -- every unit but the agency, in every month, as before units had versions: the same volume of
                -- reports from run to run (the figures count only the unit-months of each month's tree)
                WHERE NOT EXISTS (SELECT 1 FROM unit_version a WHERE a.unit_id = u.id AND a.level = 'AGENCY')
                  AND p.month BETWEEN ? AND ?
                  -- one unit-month in ten has no report at all
                  AND (u.id + p.id) % 10 <> 0
                ON CONFLICT (unit_id, period_id) DO NOTHING""", admin, admin, first.atDay(1), last.atDay(1));
        jdbc.update("""
                INSERT INTO duty_report (self_assessment_id, duty_id, status)
                SELECT sa.id, d.id,
                       (ARRAY['DONE','DONE','DONE','DONE','PARTIAL','NOT_DONE','NOT_APPLICABLE'])[1 + (sa.id + d.id) % 7]
                FROM self_assessment sa JOIN duty d ON d.checklist_version_id = sa.checklist_version_id
                ON CONFLICT (self_assessment_id, duty_id) DO NOTHING""");
        // every indicator answered, except those bounded by another (their consistency would need care)
        jdbc.update("""
                INSERT INTO indicator_value (duty_report_id, indicator_id, value)
                SELECT dr.id, i.id, CASE i.kind WHEN 'YES_NO' THEN dr.id % 2
                                                WHEN 'PERCENTAGE' THEN 50 + (dr.id * 7 + i.id) % 51
                                                ELSE (dr.id * 3 + i.id * 5) % 9 END
                FROM duty_report dr JOIN indicator i ON i.duty_id = dr.duty_id
                WHERE i.at_most_indicator_id IS NULL
                ON CONFLICT (duty_report_id, indicator_id) DO NOTHING""");
        jdbc.update("""
                UPDATE self_assessment sa SET duties_applicable = c.applicable, duties_done = c.done, duty_marks = c.marks
                FROM (SELECT dr.self_assessment_id,
                             count(*) FILTER (WHERE dr.status IN ('DONE', 'PARTIAL', 'NOT_DONE')) AS applicable,
                             count(*) FILTER (WHERE dr.status = 'DONE') AS done,
                             string_agg(CASE dr.status WHEN 'DONE' THEN 'D' WHEN 'PARTIAL' THEN 'P' WHEN 'NOT_DONE' THEN 'N'
                                        WHEN 'NOT_APPLICABLE' THEN 'K' ELSE '-' END, '' ORDER BY d.position) AS marks
                      FROM duty_report dr JOIN duty d ON d.id = dr.duty_id GROUP BY dr.self_assessment_id) c
                WHERE c.self_assessment_id = sa.id AND sa.state <> 'DRAFT'""");
    }

    private HttpClient signedInBrowser() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=tccb&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private Object get(HttpClient client, String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private Row time(String name, Call call) throws Exception {
        if (!chosen(name)) {
            return null;
        }
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        long all = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double seconds = (System.nanoTime() - all) / 1e9;
        Collections.sort(millis);
        return new Row(name, millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), RUNS / seconds);
    }

    /** {@code -Dbenchmark.only=dashboard,year} measures only the rows whose name contains one of the words. */
    private static boolean chosen(String name) {
        String only = System.getProperty("benchmark.only", "");
        return only.isBlank() || java.util.Arrays.stream(only.split(",")).map(String::strip)
                .anyMatch(word -> !word.isEmpty() && name.contains(word));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    private record Row(String name, double p50, double p95, double throughput) {
    }
}
