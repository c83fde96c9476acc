package vn.bhxh.tracker.support;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The tests' PostgreSQL database as its two roles see it: the owner, as whom Flyway migrates, and the
 * application's role. Tests that must act as the owner ({@link #asOwner()}) or copy the database with
 * PostgreSQL's own tools ({@link #restoredCopy()}) find it here, whichever way it was prepared: on a
 * server of one's own (bin/test; {@code pg_dump} and {@code pg_restore} run on this machine) or in
 * Testcontainers (they run inside the container).
 */
public final class TestDatabase {

    /** The application's role in the container, created by docker/db/create-app-role.sh as in Docker Compose. */
    static final Login CONTAINER_APPLICATION = new Login("tracker_app", "tracker_app");

    /** A role's user name and password. */
    public record Login(String username, String password) {
    }

    private final String jdbcUrl;
    private final Login owner;
    private final Login application;
    private final PostgreSQLContainer container;

    private TestDatabase(String jdbcUrl, Login owner, Login application, PostgreSQLContainer container) {
        this.jdbcUrl = jdbcUrl;
        this.owner = owner;
        this.application = application;
        this.container = container;
    }

    /** A database on a server of one's own; without an owner's login, the application's role migrates too. */
    static TestDatabase external(String jdbcUrl, Login owner, Login application) {
        return new TestDatabase(jdbcUrl, owner.username() == null || owner.username().isBlank() ? application : owner,
                application, null);
    }

    static TestDatabase container(PostgreSQLContainer container) {
        return new TestDatabase(null, null, CONTAINER_APPLICATION, container);
    }

    public String jdbcUrl() {
        return container == null ? jdbcUrl : urlOf(container.getDatabaseName());
    }

    public Login owner() {
        return container == null ? owner : new Login(container.getUsername(), container.getPassword());
    }

    public Login application() {
        return application;
    }

    /** A connection as the schema's owner, for what only the owner may do (ANALYZE, checks of ownership). */
    public JdbcTemplate asOwner() {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), jdbcUrl(), owner().username(),
                owner().password()));
    }

    /** This database's name, from its URL. */
    public String name() {
        String path = URI.create(jdbcUrl().substring("jdbc:".length())).getPath();
        return path.substring(1);
    }

    /**
     * Backs this database up with {@code pg_dump -Fc} and restores the dump with {@code pg_restore
     * --no-owner --no-privileges} into a new database, {@code <name>_restored} (replaced if left over),
     * owned by the owner: the procedure of docs/operations.md, "Back up and restore". Drop it with
     * {@link #drop()}.
     */
    public TestDatabase restoredCopy() throws IOException, InterruptedException {
        TestDatabase restored = emptySibling("restored");
        String copy = restored.name();
        if (container == null) {
            Path dump = Files.createTempFile("tracker-", ".dump");
            try {
                runHere(this, "pg_dump", "-Fc", "-f", dump.toString(), "-d", name());
                runHere(restored, "pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "-d", copy,
                        dump.toString());
            } finally {
                Files.deleteIfExists(dump);
            }
        } else {
            String dump = "/tmp/tracker.dump";
            runInContainer("pg_dump", "-Fc", "-U", container.getUsername(), "-f", dump, "-d", name());
            runInContainer("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "-U",
                    container.getUsername(), "-d", copy, dump);
            runInContainer("rm", "-f", dump);
        }
        return restored;
    }

    /**
     * A new, empty database on the same server, {@code <name>_<suffix>} (replaced if left over), owned by
     * the owner, e.g. to run the migrations up to one version and look at the next one's effect. Drop it
     * with {@link #drop()}.
     */
    public TestDatabase emptySibling(String suffix) {
        String sibling = name() + "_" + suffix;
        JdbcTemplate owner = asOwner();
        owner.execute("DROP DATABASE IF EXISTS \"" + sibling + "\" WITH (FORCE)");
        owner.execute("CREATE DATABASE \"" + sibling + "\" ENCODING 'UTF8' TEMPLATE template0");
        return new TestDatabase(urlOf(sibling), owner(), application, container);
    }

    /** Drops this database (one made by {@link #restoredCopy()} or {@link #emptySibling}), closing its connections. */
    public void drop() {
        TestDatabase original = new TestDatabase(container == null ? urlOf("postgres") : null, owner, application, container);
        original.asOwner().execute("DROP DATABASE IF EXISTS \"" + name() + "\" WITH (FORCE)");
    }

    private String urlOf(String database) {
        if (container != null) {
            return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/" + database
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Runs a PostgreSQL client program on this machine as the database's owner. */
    private static void runHere(TestDatabase database, String program, String... arguments)
            throws IOException, InterruptedException {
        URI uri = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(program, "--no-password", "-h", uri.getHost(),
                "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", database.owner().username()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", database.owner().password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(program + " failed: " + output);
        }
    }

    private void runInContainer(String... command) throws IOException, InterruptedException {
        ExecResult result = container.execInContainer(command);
        if (result.getExitCode() != 0) {
            throw new IllegalStateException(command[0] + " failed: " + result.getStderr());
        }
    }
}
