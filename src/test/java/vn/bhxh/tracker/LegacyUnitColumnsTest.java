package vn.bhxh.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A unit's name, level, the unit above it and the months it exists are its versions' ({@code unit_version},
 * V29), read for a month through {@code unit_tree} and {@code month_span_holds}. The columns
 * {@code unit.name}, {@code level}, {@code parent_id}, {@code effective_from} and {@code effective_to}
 * only mirror the latest version until a later migration drops them, so no SQL outside the unit module
 * may read them: only a unit's {@code id} and {@code code}, which never change. Checked here on the
 * main sources' string literals (each query as written) and on the queries composed in static fields
 * (a common table and a province's condition joined, as {@code dashboard.ScopedSql} makes them), so
 * that dropping the columns breaks nothing outside the unit module.
 */
class LegacyUnitColumnsTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path MAIN_CLASSES = Path.of("target/classes");
    /** The unit module itself, which keeps the columns equal to the latest version until they go. */
    private static final String UNIT_MODULE = "vn/bhxh/tracker/unit/";

    /** {@code FROM unit}, {@code JOIN unit}, {@code , unit} (SQL or JPQL), and the alias after it if any. */
    private static final Pattern UNIT_TABLE = Pattern.compile(
            "(?i)(?:\\bfrom|\\bjoin|,)\\s+unit\\b(?:\\s+(?:as\\s+)?([a-z_][a-z0-9_]*))?");
    /** What may follow the table's name when it has no alias. */
    private static final Set<String> NOT_AN_ALIAS = Set.of("on", "where", "join", "left", "right", "inner", "full",
            "cross", "natural", "group", "order", "limit", "offset", "using", "union", "and", "or", "set", "returning",
            "having", "window", "for", "lateral", "except", "intersect");
    /** The legacy columns, by their SQL and their JPA names. */
    private static final String LEGACY = "name|level|parent_id|parent|effective_from|effective_to|effectiveFrom|effectiveTo";

    /**
     * A legacy column's name alone: not qualified ({@code x.name}), not a parameter ({@code :level}), not
     * a qualifier ({@code parent.code}) or a function ({@code level(…)}), not naming a result ({@code AS name}).
     */
    private static final Pattern BARE_COLUMN = Pattern.compile(
            "(?i)(?<![.:\\w])(?<!\\bas\\s{1,20})(" + LEGACY + ")\\b(?!\\s*[.(])");
    /** The name given to what follows FROM or JOIN: a table, a function's rows ({@code unit_tree(:month) t}). */
    private static final Pattern ALIAS = Pattern.compile(
            "(?i)\\b(?:from|join)\\s+(?:lateral\\s+)?[\\w.]+(?:\\([^)]*\\))?\\s+(?:as\\s+)?(\\w+)");

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"[ \\t]*\\R(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern CHAR_LITERAL = Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)+'");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void noQueryOutsideTheUnitModuleReadsALegacyColumnOfUnit() throws Exception {
        List<String> reads = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(MAIN_SOURCES)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String relative = MAIN_SOURCES.relativize(source).toString().replace('\\', '/');
                if (!relative.startsWith(UNIT_MODULE)) {
                    literalsOf(Files.readString(source, StandardCharsets.UTF_8))
                            .forEach(sql -> legacyReads(sql).forEach(read -> reads.add(relative + ": " + read)));
                }
            }
        }
        for (Class<?> type : mainClassesOutsideTheUnitModule()) {
            composedQueriesOf(type).forEach(sql -> legacyReads(sql).forEach(read -> reads.add(type.getName() + ": " + read)));
        }
        assertThat(reads).as("read a unit's name, level and parent for a month from unit_tree(month) or unit_version "
                + "with month_span_holds; only unit.id and unit.code outside the unit module").isEmpty();
    }

    @Test
    void aLegacyColumnReadThroughTheTableOrAnAliasOfItIsFound() {
        assertThat(legacyReads("SELECT u.id, u.name FROM unit u WHERE u.code = ?")).containsExactly("u.name");
        assertThat(legacyReads("SELECT sa.id, p.code FROM self_assessment sa JOIN unit AS p ON p.id = sa.unit_id "
                + "WHERE p.parent_id = :id")).containsExactly("p.parent_id");
        assertThat(legacyReads("SELECT x.id FROM unit_month x, unit province WHERE province.level = 'PROVINCE'"))
                .containsExactly("province.level");
        assertThat(legacyReads("SELECT name FROM unit WHERE effective_to IS NULL")).containsExactly("name", "effective_to");
        assertThat(legacyReads("SELECT unit.code FROM unit JOIN reminder r ON r.unit_id = unit.id WHERE unit.effective_from < ?"))
                .containsExactly("unit.effective_from");
        assertThat(legacyReads("select u from Unit u where u.parent.id = :id and u.effectiveTo is null"))
                .containsExactly("u.parent", "u.effectiveTo");
        assertThat(legacyReads("SELECT count(*) FROM self_assessment sa JOIN unit u ON u.id = sa.unit_id "
                + "WHERE true AND (u.unit_id = :provinceId OR u.parent_id = :provinceId)"))
                .as("a province's condition on an alias of unit, as a composed query would have it")
                .containsExactly("u.parent_id");
    }

    @Test
    void theMonthsTreeTheVersionsAndAUnitsIdAndCodeAreAllowed() {
        assertThat(legacyReads("SELECT u.id, u.code FROM unit u WHERE u.code = :code")).isEmpty();
        assertThat(legacyReads("SELECT t.name, t.level, t.parent_id FROM unit_tree(:month) t WHERE t.level = 'PROVINCE'")).isEmpty();
        assertThat(legacyReads("SELECT v.name, u.code FROM unit_version v JOIN unit u ON u.id = v.unit_id "
                + "WHERE month_span_holds(v.valid_from, v.valid_to, :month)")).isEmpty();
        assertThat(legacyReads("SELECT x.name, x.parent_name FROM unit_month x JOIN unit_succession s ON s.successor_id = x.id"))
                .isEmpty();
        assertThat(legacyReads("INSERT INTO reminder (unit_id, period_id, kind) VALUES (?, ?, ?)")).isEmpty();
        assertThat(legacyReads("SELECT u.name AS name, unit.code FROM unit_version u LEFT JOIN unit ON unit.id = u.unit_id"))
                .as("a result column named name").isEmpty();

    }

    @Test
    void aQueryIsReadFromItsTextBlockOrItsStringLiteral() {
        String source = """
                class Example {
                    private static final String ONE = \"""
                            SELECT u.name FROM unit u
                            \""";
                    char quote = '"';
                    String two = "SELECT p.level FROM unit p";
                }
                """;
        assertThat(literalsOf(source)).extracting(String::strip)
                .containsExactly("SELECT u.name FROM unit u", "SELECT p.level FROM unit p");
    }

    /** The legacy columns this query reads through the table {@code unit}, as written (e.g. {@code u.name}). */
    static List<String> legacyReads(String sql) {
        List<String> reads = new ArrayList<>();
        Matcher table = UNIT_TABLE.matcher(sql);
        while (table.find()) {
            String alias = table.group(1);
            if (alias == null || NOT_AN_ALIAS.contains(alias.toLowerCase())) {
                alias = "unit";
                Set<String> aliases = aliasesIn(sql);
                Matcher bare = BARE_COLUMN.matcher(sql);
                while (bare.find()) {
                    if (!aliases.contains(bare.group().toLowerCase())) {
                        reads.add(bare.group());
                    }
                }
            }
            Matcher qualified = Pattern.compile("(?i)(?<![.\\w])" + Pattern.quote(alias) + "\\.(" + LEGACY + ")\\b").matcher(sql);
            while (qualified.find()) {
                if (!reads.contains(qualified.group())) {
                    reads.add(qualified.group());
                }
            }
        }
        return reads;
    }

    /** The names a query gives its tables, functions and subqueries ({@code JOIN unit parent ON}: parent). */
    private static Set<String> aliasesIn(String sql) {
        Set<String> aliases = new java.util.HashSet<>();
        Matcher alias = ALIAS.matcher(sql);
        while (alias.find()) {
            aliases.add(alias.group(1).toLowerCase());
        }
        return aliases;
    }

    /** The text blocks and string literals of a Java source, in order of appearance within each kind. */
    static List<String> literalsOf(String source) {
        List<String> literals = new ArrayList<>();
        Matcher block = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        while (block.find()) {
            literals.add(block.group(1));
            block.appendReplacement(rest, "");
        }
        block.appendTail(rest);
        Matcher string = STRING_LITERAL.matcher(CHAR_LITERAL.matcher(rest).replaceAll(""));
        while (string.find()) {
            literals.add(string.group(1));
        }
        return literals;
    }

    /** Every class compiled from the main sources, the unit module's excepted. */
    private static List<Class<?>> mainClassesOutsideTheUnitModule() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> classes = Files.walk(MAIN_CLASSES)) {
            for (Path file : classes.filter(path -> path.toString().endsWith(".class")).toList()) {
                String relative = MAIN_CLASSES.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(UNIT_MODULE) && relative.startsWith("vn/bhxh/tracker/")) {
                    String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                    types.add(Class.forName(name, true, LegacyUnitColumnsTest.class.getClassLoader()));
                }
            }
        }
        return types;
    }

    /**
     * The queries a class keeps in its static fields, as composed when it loaded: strings, and the
     * texts of records holding strings (a {@code ScopedSql}'s country's and province's).
     */
    private static List<String> composedQueriesOf(Class<?> type) throws ReflectiveOperationException {
        List<String> queries = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                continue;
            }
            if (field.getType() == String.class) {
                field.setAccessible(true);
                if (field.get(null) instanceof String text) {
                    queries.add(text);
                }
            } else if (field.getType().isRecord()) {
                field.setAccessible(true);
                Object value = field.get(null);
                if (value != null) {
                    for (var component : field.getType().getRecordComponents()) {
                        Method accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        if (accessor.invoke(value) instanceof String text) {
                            queries.add(text);
                        }
                    }
                }
            }
        }
        return queries;
    }
}
