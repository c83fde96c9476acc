package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import vn.bhxh.tracker.TrackerApplication;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestClock;
import vn.bhxh.tracker.support.TestDatabase;

/**
 * Backup, restore, start: the test database is dumped with {@code pg_dump -Fc} and restored with
 * {@code pg_restore --no-owner --no-privileges} into a new database (on the local server with
 * bin/test; inside the container with Testcontainers), as docs/operations.md describes; a second
 * application, with the same two roles and the same clock, starts on the copy, and its API gives
 * the same figures as the original's for a month with reports.
 */
@IntegrationTest
class BackupRestoreTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestDatabase database;

    @Autowired
    Clock clock;

    @Test
    void aBackupRestoredIntoANewDatabaseStartsTheApplicationWithTheSameFigures() throws Exception {
        // the demo's sample reports are last month's: three submitted, one of them returned, one accepted
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        String summary = "/api/v1/periods/" + month + "/summary";
        String units = "/api/v1/periods/" + month + "/units";
        String originalSummary = original(summary);
        assertThat(JsonMapper.shared().readTree(originalSummary).get("submitted").asInt()).isPositive();

        TestDatabase copy = database.restoredCopy();
        try {
            assertThat(rowsByTable(copy.asOwner())).isEqualTo(rowsByTable(database.asOwner()));
            try (ConfigurableApplicationContext restored = startOn(copy)) {
                int port = ((WebServerApplicationContext) restored).getWebServer().getPort();
                assertThat(restored(port, summary)).isEqualTo(originalSummary);
                assertThat(restored(port, units)).isEqualTo(original(units));
            }
        } finally {
            copy.drop();
        }
    }

    /**
     * The application as deployed, on the restored database: Flyway as its owner (whose grant callback
     * gives the application's role its privileges again, since the restore leaves them out), the
     * application as its own role. Command-line arguments, so that no environment variable overrides them.
     */
    private static ConfigurableApplicationContext startOn(TestDatabase copy) {
        return new SpringApplicationBuilder(TrackerApplication.class, TestClock.Configuration.class)
                .profiles("demo")
                // the tests' own configurations (the test database among them) stay out of this one
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton(TestComponents.class.getName(), new TestComponents()))
                .run("--server.port=0",
                        "--spring.datasource.url=" + copy.jdbcUrl(),
                        "--spring.datasource.username=" + copy.application().username(),
                        "--spring.datasource.password=" + copy.application().password(),
                        "--spring.datasource.hikari.maximum-pool-size=2",
                        "--spring.flyway.user=" + copy.owner().username(),
                        "--spring.flyway.password=" + copy.owner().password(),
                        "--spring.mail.host=");
    }

    private String original(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("tccb", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String restored(int port, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("tccb:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** How many rows each table holds, read as the owner (who may read Flyway's history too). */
    private static Map<String, Long> rowsByTable(JdbcTemplate owner) {
        Map<String, Long> rows = new TreeMap<>();
        owner.queryForList("""
                SELECT tablename, (xpath('/row/c/text()',
                           query_to_xml(format('SELECT count(*) AS c FROM %I', tablename), false, true, '')))[1]::text::bigint AS count
                FROM pg_tables WHERE schemaname = 'public'""")
                .forEach(table -> rows.put((String) table.get("tablename"), (Long) table.get("count")));
        return rows;
    }

    /** Leaves the tests' own configurations ({@code @TestConfiguration}, {@code @TestComponent}) unscanned. */
    static final class TestComponents extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName())
                    || reader.getAnnotationMetadata().hasMetaAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestComponents;
        }

        @Override
        public int hashCode() {
            return Objects.hash(TestComponents.class);
        }
    }
}
