package vn.bhxh.tracker.unit.reorganisation;

import static vn.bhxh.tracker.unit.reorganisation.PlanProblem.column;
import static vn.bhxh.tracker.unit.reorganisation.PlanProblem.level;
import static vn.bhxh.tracker.unit.reorganisation.PlanProblem.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.reorganisation.MonthTree.TreeUnit;

/**
 * What a plan would do to the tree of its month, and every problem that keeps it from being applied,
 * each on its line. It reads nothing itself: the month's tree comes in ({@link MonthTree}), and the
 * checks that need another module's records (a month already reported) are added by
 * {@link ReorganisationPlans} on the lines of the units that end ({@link #endings()}).
 *
 * <p>The rules, in the order they are checked:
 * <ol>
 * <li>the plan: a decision number, a date, an effective month not closed ({@link ReorganisationMonths}),
 *     at least one line;</li>
 * <li>each line alone: a known kind, the values its kind needs and none it does not use, codes written
 *     as codes, a name of at most 200 characters, a known level;</li>
 * <li>lines that conflict: a unit merged, split or closed in one line may not appear in another (a split
 *     takes two lines or more, one per successor), and is renamed or moved at most once;</li>
 * <li>the units named: an old code in force in the month (never the agency, except to rename it), not
 *     already changed by another decision from that month or later; a new code never used before; a
 *     successor in force that does not end too, or new and described (name, parent, level) alike by
 *     every line that names it;</li>
 * <li>the tree after the plan: each parent in force that month and not ending, each level fitting its
 *     parent's (a provincial office or central unit under the agency, a district office under a
 *     provincial office), no unit left under one that ends, no cycle of parents;</li>
 * <li>the successions recorded ({@link ChangeKind#SUCCEED}): the old unit ended before the month (one in
 *     force is merged instead), named by one line only; its successor another unit, in force that month
 *     and not ending with the plan; the succession not recorded already.</li>
 * </ol>
 */
final class PlanAnalysis {

    /** A unit's code: capitals, digits, dot, hyphen or underscore, at most 32 (V1's {@code unit.code}). */
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");
    /** The longest unit name (V29's {@code unit_version.name}). */
    static final int MAX_NAME = 200;

    private static final String OLD_CODE = "old_code";
    private static final String NEW_CODE = "new_code";
    private static final String NEW_NAME = "new_name";
    private static final String NEW_PARENT_CODE = "new_parent_code";
    private static final String LEVEL = "level";
    private static final Map<ChangeKind, Set<String>> REQUIRED = new EnumMap<>(Map.of(
            ChangeKind.CREATE, Set.of(NEW_CODE, NEW_NAME, NEW_PARENT_CODE, LEVEL),
            ChangeKind.RENAME, Set.of(OLD_CODE, NEW_NAME),
            ChangeKind.MOVE, Set.of(OLD_CODE, NEW_PARENT_CODE),
            ChangeKind.MERGE, Set.of(OLD_CODE, NEW_CODE),
            ChangeKind.SPLIT, Set.of(OLD_CODE, NEW_CODE),
            ChangeKind.CLOSE, Set.of(OLD_CODE),
            ChangeKind.SUCCEED, Set.of(OLD_CODE, NEW_CODE)));
    private static final Map<ChangeKind, Set<String>> UNUSED = new EnumMap<>(Map.of(
            ChangeKind.CREATE, Set.of(OLD_CODE),
            ChangeKind.RENAME, Set.of(NEW_CODE, NEW_PARENT_CODE, LEVEL),
            ChangeKind.MOVE, Set.of(NEW_CODE, NEW_NAME),
            ChangeKind.MERGE, Set.of(),
            ChangeKind.SPLIT, Set.of(),
            ChangeKind.CLOSE, Set.of(NEW_CODE, NEW_NAME, NEW_PARENT_CODE, LEVEL),
            ChangeKind.SUCCEED, Set.of(NEW_NAME, NEW_PARENT_CODE, LEVEL)));

    /** A unit the plan creates (a CREATE line, or a successor not yet in the tree). */
    record NewUnit(String code, String name, UnitLevel level, String parentCode, int parentLine, int firstLine) {
    }

    /** A unit the plan renames or moves: its new name, level and parent (its own where unchanged). */
    record Changed(TreeUnit unit, String name, UnitLevel level, String parentCode, int renameLine, int moveLine) {

        int firstLine() {
            return renameLine == 0 ? moveLine : moveLine == 0 ? renameLine : Math.min(renameLine, moveLine);
        }
    }

    /** A unit that ends with the plan: merged, split or closed; its successors' codes in line order. */
    record Ending(TreeUnit unit, ChangeKind kind, List<String> successorCodes, int firstLine) {
    }

    /** A unit that ended before the month and the unit in force that takes over its tasks (a SUCCEED line). */
    record Succession(int line, MonthTree.EndedUnit predecessor, TreeUnit successor) {
    }

    /** A unit as one month of the preview shows it; null stands for "not in force". */
    record UnitState(String name, UnitLevel level, String parentCode, String parentName) {
    }

    /** One unit the plan changes: before (the month before the plan) and after. */
    record UnitChange(int line, String code, UnitState before, UnitState after, List<String> successorCodes) {
    }

    private final PlanHeader header;
    private final List<PlanLine> lines;
    private final MonthTree tree;
    private final ReorganisationMonths months;

    private final Set<PlanProblem> problems = new LinkedHashSet<>();
    private final Map<Integer, ChangeKind> usable = new LinkedHashMap<>();
    private final Map<Integer, PlanLine> byNumber = new HashMap<>();
    private final Map<String, Ending> endings = new LinkedHashMap<>();
    private final Map<String, Changed> changed = new LinkedHashMap<>();
    private final Map<String, NewUnit> newUnits = new LinkedHashMap<>();
    private final List<Succession> successions = new ArrayList<>();
    /** Codes named as new by some line, described or not. */
    private final Set<String> newCodes = new HashSet<>();

    private PlanAnalysis(PlanHeader header, List<PlanLine> lines, MonthTree tree, ReorganisationMonths months) {
        this.header = header;
        this.lines = lines;
        this.tree = tree;
        this.months = months;
        lines.forEach(line -> byNumber.put(line.line(), line));
    }

    /**
     * Checks a plan. Without a month ({@code tree} null) only the plan's own values are checked, since
     * there is no tree to check the lines against.
     */
    static PlanAnalysis of(PlanHeader header, List<PlanLine> lines, MonthTree tree, ReorganisationMonths months) {
        PlanAnalysis analysis = new PlanAnalysis(header, lines, tree, months);
        analysis.checkPlan();
        analysis.checkLinesAlone();
        if (tree != null) {
            Set<Integer> conflicting = analysis.checkConflicts();
            analysis.resolveOldUnits(conflicting);
            analysis.resolveNewUnits(conflicting);
            analysis.checkParentsAndLevels();
            analysis.checkNothingLeftUnderEndingUnits();
            analysis.checkCycles();
            analysis.resolveSuccessions(conflicting);
        }
        return analysis;
    }

    List<PlanProblem> problems() {
        return problems.stream().sorted(Comparator.comparingInt(PlanProblem::line)).toList();
    }

    /** Adds a problem found elsewhere (e.g. a month already reported). */
    void add(PlanProblem problem) {
        problems.add(problem);
    }

    Collection<Ending> endings() {
        return endings.values();
    }

    Collection<Changed> changed() {
        return changed.values();
    }

    /** The successions the plan records, in line order. */
    List<Succession> successions() {
        return List.copyOf(successions);
    }

    /** The new units in an order in which each one's parent comes before it. */
    List<NewUnit> newUnitsParentsFirst() {
        List<NewUnit> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<NewUnit> waiting = new ArrayList<>(newUnits.values());
        while (!waiting.isEmpty()) {
            List<NewUnit> ready = waiting.stream()
                    .filter(unit -> !newUnits.containsKey(unit.parentCode()) || placed.contains(unit.parentCode())).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("new units in a cycle of parents: " + waiting);
            }
            ready.forEach(unit -> placed.add(unit.code()));
            ordered.addAll(ready);
            waiting.removeAll(ready);
        }
        return ordered;
    }

    /** Every unit the plan changes, in the order of its first line. */
    List<UnitChange> unitChanges() {
        List<UnitChange> all = new ArrayList<>();
        for (Changed change : changed.values()) {
            all.add(new UnitChange(change.firstLine(), change.unit().code(), stateBefore(change.unit()),
                    new UnitState(change.name(), change.level(), change.parentCode(), nameAfter(change.parentCode())), List.of()));
        }
        for (Ending ending : endings.values()) {
            all.add(new UnitChange(ending.firstLine(), ending.unit().code(), stateBefore(ending.unit()), null,
                    ending.successorCodes()));
        }
        for (NewUnit unit : newUnits.values()) {
            all.add(new UnitChange(unit.firstLine(), unit.code(), null,
                    new UnitState(unit.name(), unit.level(), unit.parentCode(), nameAfter(unit.parentCode())), List.of()));
        }
        all.sort(Comparator.comparingInt(UnitChange::line).thenComparing(UnitChange::code));
        return all;
    }

    /** The unit's name from the effective month on: a new unit's, a renamed one's new name, or as it is. */
    String nameAfter(String code) {
        if (newUnits.containsKey(code)) {
            return newUnits.get(code).name();
        }
        if (changed.containsKey(code)) {
            return changed.get(code).name();
        }
        return tree == null ? null : tree.inForce(code).map(TreeUnit::name).orElse(null);
    }

    private UnitState stateBefore(TreeUnit unit) {
        Optional<TreeUnit> parent = tree.parentOf(unit);
        return new UnitState(unit.name(), unit.level(), parent.map(TreeUnit::code).orElse(null),
                parent.map(TreeUnit::name).orElse(null));
    }

    // 1. the plan
    private void checkPlan() {
        if (header.decisionNumber() == null || header.decisionNumber().isBlank()) {
            problem(0, "decisionNumber.missing");
        }
        if (header.decidedOn() == null) {
            problem(0, "decidedOn.missing");
        }
        YearMonth month = header.effectiveMonth();
        if (month == null) {
            problem(0, "effectiveMonth.missing");
        } else if (months.isClosed(month)) {
            problem(0, "effectiveMonth.closed", month(month), month(months.firstOpen()));
        }
        if (lines.isEmpty()) {
            problem(0, "noLines");
        }
    }

    // 2. each line alone
    private void checkLinesAlone() {
        for (PlanLine line : lines) {
            Optional<ChangeKind> kind = line.changeKind();
            if (kind.isEmpty()) {
                problem(line.line(), "kind.unknown", line.kind());
                continue;
            }
            boolean fine = true;
            String[] values = line.values();
            for (int i = 1; i < PlanLine.COLUMNS.length; i++) {
                String name = PlanLine.COLUMNS[i];
                if (values[i].isEmpty() && REQUIRED.get(kind.get()).contains(name)) {
                    problem(line.line(), "field.missing", column(name), kind.get().name());
                    fine = false;
                } else if (!values[i].isEmpty() && UNUSED.get(kind.get()).contains(name)) {
                    problem(line.line(), "field.unused", column(name), kind.get().name());
                    fine = false;
                }
            }
            for (String[] code : new String[][] {{OLD_CODE, line.oldCode()}, {NEW_CODE, line.newCode()},
                    {NEW_PARENT_CODE, line.newParentCode()}}) {
                if (!code[1].isEmpty() && !CODE.matcher(code[1]).matches()) {
                    problem(line.line(), "code.malformed", column(code[0]), code[1]);
                    fine = false;
                }
            }
            if (line.newName().length() > MAX_NAME) {
                problem(line.line(), "name.tooLong", MAX_NAME);
                fine = false;
            }
            if (!line.level().isEmpty() && line.unitLevel().isEmpty()) {
                problem(line.line(), "level.unknown", line.level());
                fine = false;
            }
            if (fine) {
                usable.put(line.line(), kind.get());
            }
        }
    }

    // 3. lines that conflict over one unit; the lines in conflict go no further
    private Set<Integer> checkConflicts() {
        Map<String, List<PlanLine>> byOldCode = new LinkedHashMap<>();
        usable.forEach((number, kind) -> {
            if (kind != ChangeKind.CREATE) {
                byOldCode.computeIfAbsent(byNumber.get(number).oldCode(), code -> new ArrayList<>()).add(byNumber.get(number));
            }
        });
        Set<Integer> conflicting = new HashSet<>();
        byOldCode.forEach((code, group) -> {
            Map<ChangeKind, Long> count = group.stream()
                    .collect(Collectors.groupingBy(line -> usable.get(line.line()), () -> new EnumMap<>(ChangeKind.class),
                            Collectors.counting()));
            boolean allSplits = count.keySet().equals(Set.of(ChangeKind.SPLIT));
            boolean fine;
            if (group.size() > 1 && count.keySet().equals(Set.of(ChangeKind.SUCCEED))) {
                group.forEach(line -> {
                    problem(line.line(), "succeed.twice", code, numbers(group));
                    conflicting.add(line.line());
                });
                return;
            }
            if (allSplits) {
                fine = group.stream().map(PlanLine::newCode).distinct().count() == group.size();
                if (fine && group.size() == 1) {
                    problem(group.get(0).line(), "split.oneSuccessor", code);
                    conflicting.add(group.get(0).line());
                }
            } else {
                fine = group.size() == 1 || (count.keySet().stream().noneMatch(ChangeKind::ends)
                        && !count.containsKey(ChangeKind.SUCCEED)
                        && count.getOrDefault(ChangeKind.RENAME, 0L) <= 1 && count.getOrDefault(ChangeKind.MOVE, 0L) <= 1);
            }
            if (!fine) {
                group.forEach(line -> {
                    problem(line.line(), "conflict", code, numbers(group));
                    conflicting.add(line.line());
                });
            }
        });
        return conflicting;
    }

    // 4a. the units the lines change, in force in the month
    private void resolveOldUnits(Set<Integer> conflicting) {
        YearMonth month = tree.month();
        usable.forEach((number, kind) -> {
            PlanLine line = byNumber.get(number);
            if (kind == ChangeKind.CREATE || kind == ChangeKind.SUCCEED || conflicting.contains(number)) {
                return;
            }
            Optional<TreeUnit> found = tree.inForce(line.oldCode());
            if (found.isEmpty()) {
                notInForce(number, OLD_CODE, line.oldCode(), "unit.notInForce");
                return;
            }
            TreeUnit unit = found.get();
            if (unit.level() == UnitLevel.AGENCY && kind != ChangeKind.RENAME) {
                problem(number, "unit.agency", unit.code());
            } else if (unit.validFrom().equals(month)) {
                problem(number, "unit.changedSameMonth", unit.code(), month(month));
            } else if (unit.validTo() != null) {
                problem(number, "unit.changedLater", unit.code(), month(unit.validTo()));
            } else if (kind.ends()) {
                Ending ending = endings.computeIfAbsent(unit.code(), code -> new Ending(unit, kind, new ArrayList<>(), number));
                if (kind != ChangeKind.CLOSE) {
                    ending.successorCodes().add(line.newCode());
                }
            } else {
                Changed before = changed.getOrDefault(unit.code(), new Changed(unit, unit.name(), unit.level(),
                        tree.parentOf(unit).map(TreeUnit::code).orElse(null), 0, 0));
                changed.put(unit.code(), kind == ChangeKind.RENAME
                        ? new Changed(unit, line.newName(), before.level(), before.parentCode(), number, before.moveLine())
                        : new Changed(unit, before.name(), line.unitLevel().orElse(unit.level()), line.newParentCode(),
                                before.renameLine(), number));
            }
        });
    }

    // 4b. successors and new units
    private void resolveNewUnits(Set<Integer> conflicting) {
        Map<String, List<PlanLine>> definitions = new LinkedHashMap<>();
        usable.forEach((number, kind) -> {
            PlanLine line = byNumber.get(number);
            if (conflicting.contains(number) || kind == ChangeKind.RENAME || kind == ChangeKind.MOVE || kind == ChangeKind.CLOSE
                    || kind == ChangeKind.SUCCEED) {
                return;
            }
            String code = line.newCode();
            if (kind == ChangeKind.CREATE) {
                if (tree.isUsed(code)) {
                    problem(number, "code.used", code);
                } else {
                    definitions.computeIfAbsent(code, c -> new ArrayList<>()).add(line);
                }
            } else if (code.equals(line.oldCode())) {
                problem(number, "successor.self", code);
            } else if (!tree.isUsed(code)) {
                definitions.computeIfAbsent(code, c -> new ArrayList<>()).add(line);
            } else if (tree.inForce(code).isEmpty()) {
                problem(number, "successor.notInForce", code, month(tree.month()));
            } else if (endings.containsKey(code)) {
                problem(number, "successor.ends", code, endings.get(code).firstLine());
            } else if (!line.newName().isEmpty() || !line.newParentCode().isEmpty() || !line.level().isEmpty()) {
                problem(number, "successor.exists", code);
            }
        });
        newCodes.addAll(definitions.keySet());
        definitions.forEach(this::describeNewUnit);
    }

    private void describeNewUnit(String code, List<PlanLine> definitions) {
        List<PlanLine> creations = definitions.stream().filter(line -> usable.get(line.line()) == ChangeKind.CREATE).toList();
        if (creations.size() > 1) {
            creations.forEach(line -> problem(line.line(), "newCode.twice", code, numbers(creations)));
            return;
        }
        String name = agreed(code, definitions, NEW_NAME, PlanLine::newName);
        String parentCode = agreed(code, definitions, NEW_PARENT_CODE, PlanLine::newParentCode);
        String levelName = agreed(code, definitions, LEVEL, PlanLine::level);
        if (name == null || parentCode == null || levelName == null) {
            return;
        }
        if (name.isEmpty() || parentCode.isEmpty() || levelName.isEmpty()) {
            problem(definitions.get(0).line(), "newUnit.incomplete", code);
            return;
        }
        int parentLine = definitions.stream().filter(line -> !line.newParentCode().isEmpty()).findFirst().orElseThrow().line();
        newUnits.put(code, new NewUnit(code, name, UnitLevel.valueOf(levelName), parentCode, parentLine, definitions.get(0).line()));
    }

    /** The one value the lines give for a new unit ("" for none), or null when they disagree (reported). */
    private String agreed(String code, List<PlanLine> definitions, String column, Function<PlanLine, String> value) {
        Set<String> given = definitions.stream().map(value).filter(text -> !text.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (given.size() > 1) {
            definitions.stream().filter(line -> !value.apply(line).isEmpty())
                    .forEach(line -> problem(line.line(), "newUnit.disagree", code, column(column)));
            return null;
        }
        return given.isEmpty() ? "" : given.iterator().next();
    }

    // 5a. each parent in force and not ending; each level fitting its parent's
    private void checkParentsAndLevels() {
        for (NewUnit unit : newUnits.values()) {
            parentLevel(unit.parentCode(), unit.parentLine()).filter(parent -> !fits(parent, unit.level()))
                    .ifPresent(parent -> problem(unit.parentLine(), "level.misfit", unit.code(), level(unit.level()),
                            unit.parentCode(), level(parent)));
        }
        for (Changed change : changed.values()) {
            if (change.moveLine() == 0) {
                continue;
            }
            parentLevel(change.parentCode(), change.moveLine()).filter(parent -> !fits(parent, change.level()))
                    .ifPresent(parent -> problem(change.moveLine(), "level.misfit", change.unit().code(), level(change.level()),
                            change.parentCode(), level(parent)));
            if (change.level() != change.unit().level()) {
                long misfits = tree.childrenOf(change.unit()).stream()
                        .filter(child -> !endings.containsKey(child.code()) && !isMoved(child.code()))
                        .filter(child -> !fits(change.level(), child.level())).count();
                if (misfits > 0) {
                    problem(change.moveLine(), "level.childrenMisfit", change.unit().code(), misfits);
                }
            }
        }
    }

    /** The level a parent will have from the month on, if it can be a parent then (else reported on the line). */
    private Optional<UnitLevel> parentLevel(String code, int line) {
        if (newUnits.containsKey(code)) {
            return Optional.of(newUnits.get(code).level());
        }
        if (newCodes.contains(code)) {
            return Optional.empty();
        }
        Optional<TreeUnit> parent = tree.inForce(code);
        if (parent.isEmpty()) {
            notInForce(line, NEW_PARENT_CODE, code, "parent.notInForce");
            return Optional.empty();
        }
        if (endings.containsKey(code)) {
            problem(line, "parent.ends", code, endings.get(code).firstLine());
            return Optional.empty();
        }
        return Optional.of(changed.containsKey(code) ? changed.get(code).level() : parent.get().level());
    }

    /** Which level may stand right under which: central units and provincial offices under the agency, district offices under a provincial office. */
    static boolean fits(UnitLevel parent, UnitLevel child) {
        return switch (parent) {
            case AGENCY -> child == UnitLevel.CENTRAL || child == UnitLevel.PROVINCE;
            case PROVINCE -> child == UnitLevel.DISTRICT;
            case CENTRAL, DISTRICT -> false;
        };
    }

    private boolean isMoved(String code) {
        return changed.containsKey(code) && changed.get(code).moveLine() != 0;
    }

    // 5b. no unit left under one that ends
    private void checkNothingLeftUnderEndingUnits() {
        for (Ending ending : endings.values()) {
            List<String> left = tree.childrenOf(ending.unit()).stream().map(TreeUnit::code)
                    .filter(code -> !endings.containsKey(code) && !isMoved(code)).toList();
            if (!left.isEmpty()) {
                String shown = String.join(", ", left.subList(0, Math.min(5, left.size()))) + (left.size() > 5 ? ", …" : "");
                problem(ending.firstLine(), "children.left", ending.unit().code(), left.size(), shown);
            }
        }
    }

    // 5c. no cycle of parents
    private void checkCycles() {
        Map<String, String> parentAfter = new HashMap<>();
        for (TreeUnit unit : tree.units()) {
            tree.parentOf(unit).ifPresent(parent -> parentAfter.put(unit.code(), parent.code()));
        }
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        changed.values().stream().filter(change -> change.moveLine() != 0).forEach(change -> {
            parentAfter.put(change.unit().code(), change.parentCode());
            lineOf.put(change.unit().code(), change.moveLine());
        });
        newUnits.values().forEach(unit -> {
            parentAfter.put(unit.code(), unit.parentCode());
            lineOf.put(unit.code(), unit.parentLine());
        });
        lineOf.forEach((code, line) -> {
            List<String> chain = new ArrayList<>(List.of(code));
            Set<String> seen = new HashSet<>();
            String current = parentAfter.get(code);
            while (current != null && seen.add(current)) {
                chain.add(current);
                if (current.equals(code)) {
                    problem(line, "cycle", String.join(" → ", chain));
                    return;
                }
                current = parentAfter.get(current);
            }
        });
    }

    // 6. successions recorded for units that ended before the month
    private void resolveSuccessions(Set<Integer> conflicting) {
        usable.forEach((number, kind) -> {
            PlanLine line = byNumber.get(number);
            if (kind != ChangeKind.SUCCEED || conflicting.contains(number)) {
                return;
            }
            if (line.oldCode().equals(line.newCode())) {
                problem(number, "succeed.self", line.oldCode());
                return;
            }
            Optional<MonthTree.EndedUnit> predecessor = tree.endedBefore(line.oldCode());
            if (predecessor.isEmpty()) {
                if (tree.inForce(line.oldCode()).isPresent()) {
                    problem(number, "succeed.inForce", line.oldCode(), month(tree.month()));
                } else {
                    notInForce(number, OLD_CODE, line.oldCode(), "succeed.notEnded");
                }
            }
            Optional<TreeUnit> successor = tree.inForce(line.newCode());
            if (successor.isEmpty()) {
                notInForce(number, NEW_CODE, line.newCode(), "successor.notInForce");
            } else if (endings.containsKey(line.newCode())) {
                problem(number, "successor.ends", line.newCode(), endings.get(line.newCode()).firstLine());
                successor = Optional.empty();
            }
            if (predecessor.isEmpty() || successor.isEmpty()) {
                return;
            }
            Optional<MonthTree.Succession> recorded = tree.succession(line.oldCode(), line.newCode());
            if (recorded.isPresent()) {
                problem(number, "succeed.exists", line.oldCode(), line.newCode(), month(recorded.get().from()));
                return;
            }
            successions.add(new Succession(number, predecessor.get(), successor.get()));
        });
    }

    /** A code named in a column that no unit in force has: a unit's once ({@code problemIfUsed}), or none's. */
    private void notInForce(int line, String columnName, String code, String problemIfUsed) {
        if (tree.isUsed(code)) {
            problem(line, problemIfUsed, code, month(tree.month()));
        } else {
            problem(line, "code.unknown", column(columnName), code);
        }
    }

    /** The lines' numbers as a problem names them: "1, 2". */
    private static String numbers(List<PlanLine> lines) {
        return lines.stream().map(line -> String.valueOf(line.line())).collect(Collectors.joining(", "));
    }

    private void problem(int line, String problem, Object... arguments) {
        problems.add(PlanProblem.of(line, problem, arguments));
    }
}
