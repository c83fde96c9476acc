package vn.bhxh.tracker.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.UserAccountService;
import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.dashboard.UnitStatus;
import vn.bhxh.tracker.dashboard.UnitStatuses;
import vn.bhxh.tracker.reporting.ReminderDates;
import vn.bhxh.tracker.reporting.ReportingPeriodRef;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * Urging (đôn đốc, item 3 of the directive): reminder e-mails to the leaders of units that have not
 * submitted a month's report (before or after its deadline) or submitted it late, by a reviewer or by
 * the daily job, each one recorded and audited. The e-mail says which of the three cases it is, and
 * is always in Vietnamese, whatever the sender's language. A reviewer's reminder to a district office
 * copies its province's director; the daily job copies them only after the deadline.
 */
@Service
public class Reminders implements ReminderDates {

    public static final String AUDIT_TARGET = "UNIT";
    static final String AUDIT_ACTION = "REMINDER_SENT";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final UnitStatuses unitStatuses;
    private final ReportingPeriods periods;
    private final UserAccountService accounts;
    private final ReminderRepository reminders;
    private final ReminderMailer mailer;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final ReminderProperties properties;
    private final TrackerProperties trackerProperties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(UnitStatuses unitStatuses, ReportingPeriods periods, UserAccountService accounts,
              ReminderRepository reminders, ReminderMailer mailer, AuditLog auditLog, MessageSource messages,
              ReminderProperties properties, TrackerProperties trackerProperties, TransactionTemplate transaction,
              Clock clock) {
        this.unitStatuses = unitStatuses;
        this.periods = periods;
        this.accounts = accounts;
        this.reminders = reminders;
        this.mailer = mailer;
        this.auditLog = auditLog;
        this.messages = messages;
        this.properties = properties;
        this.trackerProperties = trackerProperties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The cases a reviewer can urge, in the order the page shows them. */
    public static final List<Timeliness> CASES = List.of(Timeliness.NOT_DUE, Timeliness.MISSING, Timeliness.LATE);

    /**
     * The units of the scope a reviewer can urge about the month, in the hierarchy's order: not yet
     * submitted while there is still time, missing after the deadline, or submitted late.
     */
    public List<UnitStatus> toUrge(YearMonth month, DashboardScope scope) {
        return unitStatuses.allUnits(month, scope).stream().filter(unit -> CASES.contains(unit.timeliness())).toList();
    }

    /**
     * The e-mails a reviewer's selection would send today, in the list's order.
     *
     * @throws ReminderException when nothing is selected, or a unit is not one to urge for the month
     *                           (see {@link #toUrge})
     * @throws vn.bhxh.tracker.system.NotFoundException when the month has no reporting period
     */
    public List<ReminderDraft> drafts(YearMonth month, Collection<Long> unitIds) {
        ReportingPeriodRef period = periods.get(month);
        if (unitIds == null || unitIds.isEmpty()) {
            throw new ReminderException("reminder.error.noSelection", null);
        }
        Map<Long, UnitStatus> candidates = new LinkedHashMap<>();
        toUrge(month, DashboardScope.NATIONAL).forEach(unit -> candidates.put(unit.unitId(), unit));
        LinkedHashSet<Long> wanted = new LinkedHashSet<>(unitIds);
        for (Long id : wanted) {
            if (!candidates.containsKey(id)) {
                throw new ReminderException("reminder.error.unknownUnit", String.valueOf(id));
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<UnitStatus> selected = candidates.values().stream().filter(unit -> wanted.contains(unit.unitId())).toList();
        Recipients recipients = recipientsOf(selected);
        return selected.stream().map(unit -> draft(unit, period, today, recipients, ReminderKind.MANUAL)).toList();
    }

    /**
     * Sends a reviewer's selection, unit by unit: each e-mail is recorded and audited in the same
     * transaction, so a unit whose e-mail fails keeps no record. Units without recipients are skipped.
     *
     * @return the drafts actually sent
     * @throws ReminderException when no mail server is configured (nothing is sent)
     */
    public List<ReminderDraft> send(YearMonth month, Collection<Long> unitIds, CurrentUser reviewer) {
        List<ReminderDraft> drafts = drafts(month, unitIds);
        if (!mailer.isConfigured()) {
            throw new ReminderException("reminder.error.mailNotConfigured", null);
        }
        List<ReminderDraft> sent = new ArrayList<>();
        for (ReminderDraft draft : drafts) {
            if (draft.hasRecipients() && record(draft, ReminderKind.MANUAL, reviewer.id(), reviewer.fullName())) {
                sent.add(draft);
            }
        }
        return sent;
    }

    /**
     * The daily job's work for a day: reminds the units that have not submitted
     * {@code days-before} days before a deadline, and those still missing {@code days-after} days
     * after it; never twice for the same unit, period and kind.
     *
     * @return how many reminders were sent
     */
    public int sendDue(LocalDate today) {
        if (!mailer.isConfigured()) {
            log.warn("Automatic reminders skipped: no mail server configured (SPRING_MAIL_HOST)");
            return 0;
        }
        int sent = 0;
        sent += sendAutomatic(today.plusDays(properties.daysBefore()), ReminderKind.BEFORE_DEADLINE, today);
        sent += sendAutomatic(today.minusDays(properties.daysAfter()), ReminderKind.AFTER_DEADLINE, today);
        return sent;
    }

    private int sendAutomatic(LocalDate deadline, ReminderKind kind, LocalDate today) {
        int sent = 0;
        List<LocalDate> months = reminders.monthsWithDeadline(deadline);
        // units without a leader to write to are left out at once, not one query each
        Set<Long> reachable = months.isEmpty() ? Set.of() : accounts.unitsWithLeadersToWrite();
        for (LocalDate firstDay : months) {
            YearMonth month = YearMonth.from(firstDay);
            ReportingPeriodRef period = periods.get(month);
            Set<Long> remindedAlready = reminders.unitsReminded(period.id(), kind);
            List<UnitStatus> due = notSubmitted(month).stream()
                    .filter(unit -> reachable.contains(unit.unitId()) && !remindedAlready.contains(unit.unitId())).toList();
            Recipients recipients = recipientsOf(due);
            for (UnitStatus unit : due) {
                ReminderDraft draft = draft(unit, period, today, recipients, kind);
                try {
                    if (draft.hasRecipients() && record(draft, kind, null, "system")) {
                        sent++;
                    }
                } catch (RuntimeException failed) {
                    log.warn("Automatic reminder to unit {} for {} not sent: {}", unit.code(), month, failed.toString());
                }
            }
        }
        return sent;
    }

    private List<UnitStatus> notSubmitted(YearMonth month) {
        return unitStatuses.allUnits(month, DashboardScope.NATIONAL).stream()
                .filter(unit -> unit.timeliness() == Timeliness.NOT_DUE || unit.timeliness() == Timeliness.MISSING)
                .toList();
    }

    /** Who is written to about some units: their leaders, and the directors of their provinces. */
    private record Recipients(Map<Long, List<String>> leadersByUnit, Map<String, List<String>> directorsByProvinceCode) {
    }

    /** The recipients of all these units in two queries, not a few per unit. */
    private Recipients recipientsOf(List<UnitStatus> someUnits) {
        if (someUnits.isEmpty()) {
            return new Recipients(Map.of(), Map.of());
        }
        Map<Long, List<String>> leaders = accounts.leaderEmailsOf(someUnits.stream().map(UnitStatus::unitId).toList());
        Set<String> provinces = someUnits.stream().filter(unit -> unit.level() == UnitLevel.DISTRICT && unit.parentCode() != null)
                .map(UnitStatus::parentCode).collect(Collectors.toSet());
        Map<String, List<String>> directors = accounts.directorEmailsOf(provinces);
        return new Recipients(leaders, directors);
    }

    /** Records, audits and sends one reminder in one transaction; false if it was recorded already. */
    private boolean record(ReminderDraft draft, ReminderKind kind, Long actorId, String actorName) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                Long id = reminders.insert(draft, kind, clock.instant(), actorId);
                if (id == null) {
                    return false;
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("reminder", id);
                details.put("period", draft.periodId());
                details.put("kind", kind.name());
                details.put("to", draft.to());
                details.put("cc", draft.cc());
                details.put("escalated", draft.escalated());
                auditLog.record(actorId, actorName, AUDIT_ACTION, AUDIT_TARGET, draft.unitId(), details);
                mailer.send(draft);
                return true;
            }));
        } catch (MailException refused) {
            log.warn("Reminder to unit {} not sent: {}", draft.unitCode(), refused.toString());
            throw new ReminderException("reminder.error.sendFailed", draft.unitName());
        }
    }

    /**
     * The e-mail to a unit about a period, as it reads today. A district office's province director
     * is copied on a reviewer's reminder, and on the daily job's after the deadline (before it, the
     * job writes to every office not yet submitted, which would flood the directors).
     */
    private ReminderDraft draft(UnitStatus unit, ReportingPeriodRef period, LocalDate today, Recipients recipients,
                                ReminderKind kind) {
        List<String> to = recipients.leadersByUnit().getOrDefault(unit.unitId(), List.of());
        boolean afterDeadline = today.isAfter(period.deadlineDate());
        List<String> cc = List.of();
        if ((afterDeadline || kind == ReminderKind.MANUAL) && unit.level() == UnitLevel.DISTRICT && unit.parentCode() != null) {
            cc = recipients.directorsByProvinceCode().getOrDefault(unit.parentCode(), List.of()).stream()
                    .filter(address -> !to.contains(address)).toList();
        }
        String month = period.month().format(MONTH);
        String deadline = period.deadlineDate().format(DAY);
        String situation;
        if (unit.timeliness() == Timeliness.LATE) {
            situation = text("reminder.mail.late", unit.name(), month, deadline);
        } else if (afterDeadline) {
            situation = text("reminder.mail.missing", unit.name(), month, deadline);
        } else if (today.isEqual(period.deadlineDate())) {
            situation = text("reminder.mail.dueToday", unit.name(), month, deadline);
        } else {
            situation = text("reminder.mail.dueSoon", unit.name(), month, deadline, period.daysLeft(today));
        }
        String body = String.join("\n\n",
                text("reminder.mail.greeting", unit.name()),
                situation,
                text(unit.timeliness() == Timeliness.LATE ? "reminder.mail.requestLate" : "reminder.mail.request",
                        properties.linkBase() + "/my-unit/reports"),
                text("reminder.mail.closing")) + "\n";
        return new ReminderDraft(unit.unitId(), unit.code(), unit.name(), period.id(), to, cc,
                text("reminder.mail.subject", month), body, !cc.isEmpty());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    /** The reminders sent for a month, the newest first. */
    public List<SentReminder> sentIn(YearMonth month) {
        return periods.find(month).map(period -> reminders.ofPeriod(period.id())).orElse(List.of());
    }

    @Override
    public Map<Long, List<LocalDate>> sentTo(Long unitId, Collection<Long> periodIds) {
        return reminders.daysSentTo(unitId, periodIds, trackerProperties.timeZone());
    }
}
