package vn.bhxh.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each top-level package is a module of the domain; dependencies between them point one way, as
 * docs/architecture.md draws them. A new arrow has to be added here on purpose.
 */
class ModuleDependenciesTest {

    private static final Path SOURCES = Paths.get("src/main/java/vn/bhxh/tracker");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?vn\\.bhxh\\.tracker\\.(\\w+)\\.", Pattern.MULTILINE);

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("system", Set.of()),
            Map.entry("audit", Set.of("system")),
            Map.entry("unit", Set.of("system")),
            Map.entry("checklist", Set.of("system")),
            Map.entry("account", Set.of("system", "unit", "audit")),
            Map.entry("reporting", Set.of("system", "unit", "checklist", "account", "audit")),
            Map.entry("review", Set.of("system", "unit", "checklist", "account", "audit", "reporting")),
            Map.entry("evidence", Set.of("system", "unit", "checklist", "account", "audit", "reporting")),
            Map.entry("home", Set.of("system", "unit", "checklist", "account", "reporting", "dashboard")),
            Map.entry("demo", Set.of("system", "unit", "checklist", "account", "reporting", "review")),
            Map.entry("dashboard", Set.of("system", "unit", "checklist", "account", "reporting")),
            Map.entry("reminder", Set.of("system", "unit", "account", "reporting", "dashboard", "audit")));

    @Test
    void modulesDependOnlyOnTheModulesBelowThem() throws IOException {
        Set<String> violations = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String used = imports.group(1);
                    if (!used.equals(module) && !ALLOWED.getOrDefault(module, Set.of()).contains(used)) {
                        violations.add(module + " -> " + used + " (" + relative + ")");
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyModuleIsKnown() throws IOException {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            assertThat(entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .allSatisfy(module -> assertThat(ALLOWED).containsKey(module));
        }
    }
}
