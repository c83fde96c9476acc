package vn.bhxh.tracker.account;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.system.AfterTransaction;
import vn.bhxh.tracker.system.LikePattern;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.unit.OpenItems;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitRef;

/** Creating, changing and disabling users; passwords are stored only as hashes. */
@Service
@Transactional
@NamedInterface(name = "api", propagate = false)
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final UnitDirectory unitDirectory;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SessionRegistry sessions;
    private final OpenItems openItems;

    UserAccountService(UserAccountRepository accounts, UnitDirectory unitDirectory,
                       PasswordEncoder passwordEncoder, Clock clock, SessionRegistry sessions, OpenItems openItems) {
        this.sessions = sessions;
        this.openItems = openItems;
        this.accounts = accounts;
        this.unitDirectory = unitDirectory;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The units with at least one enabled leader who has an e-mail address: those a reminder reaches. */
    @Transactional(readOnly = true)
    public Set<Long> unitsWithLeadersToWrite() {
        return new HashSet<>(accounts.findUnitIdsWithLeaders());
    }

    /** The e-mail addresses of the enabled leaders of these units, by unit id; one query. */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> leaderEmailsOf(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? Map.of()
                : emailsBy(accounts.findLeadersOfUnits(unitIds), UserAccount::getUnitId);
    }

    /**
     * The e-mail addresses of the enabled provincial directors of these provinces, by province code;
     * two queries (the provinces' ids, then their directors).
     */
    @Transactional(readOnly = true)
    public Map<String, List<String>> directorEmailsOf(Collection<String> provinceCodes) {
        Map<Long, String> codes = unitDirectory.refsByCode(provinceCodes).values().stream()
                .collect(Collectors.toMap(UnitRef::id, UnitRef::code));
        return codes.isEmpty() ? Map.of()
                : emailsBy(accounts.findEnabledWithRoleInUnits(codes.keySet(), Role.PROVINCE_DIRECTOR),
                        user -> codes.get(user.getUnitId()));
    }

    private static <K> Map<K, List<String>> emailsBy(List<UserAccount> users, Function<UserAccount, K> key) {
        return users.stream().collect(Collectors.groupingBy(key, Collectors.collectingAndThen(Collectors.toList(),
                some -> some.stream().map(UserAccount::getEmail).filter(Objects::nonNull)
                        .filter(email -> !email.isBlank()).distinct().sorted().toList())));
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(String text, Pageable pageable) {
        Page<Long> ids = accounts.searchIds(LikePattern.escape(text), pageable);
        List<UserAccount> users = ids.isEmpty() ? List.of() : accounts.findAllByIdInOrderByUsername(ids.getContent());
        return new PageImpl<>(users, pageable, ids.getTotalElements());
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    /** The unit's enabled head first, then its deputies, by name. */
    @Transactional(readOnly = true)
    public List<LeaderRef> leadersOf(Long unitId) {
        return accounts.findLeadersOfUnit(unitId).stream()
                .sorted(Comparator.comparing(UserAccount::getPosition).thenComparing(UserAccount::getFullName))
                .map(LeaderRef::of).toList();
    }

    /**
     * The full names of users by id, for a module that keeps a user's id and shows the name (who
     * uploaded an evidence file); an unknown id is left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> fullNamesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findFullNamesByIdIn(ids).stream()
                .collect(Collectors.toMap(UserAccountRepository.FullName::getId, UserAccountRepository.FullName::getFullName));
    }

    /** Creates a user from a form that {@link UserFormValidator} accepted. */
    public UserAccount create(UserForm form) {
        UserAccount account = new UserAccount(form.getUsername(), form.getFullName(), form.getEmail(),
                unitOf(form), form.getPosition(), form.getRoles(), passwordEncoder.encode(form.getPassword()),
                clock.instant());
        return accounts.save(account);
    }

    /**
     * Applies an accepted form to the user it was made from.
     *
     * @throws ObjectOptimisticLockingFailureException when someone saved the user since the form was opened
     */
    public UserAccount update(UserForm form, Long currentUserId) {
        UserAccount account = get(form.getId());
        if (account.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, form.getId());
        }
        if (!account.getId().equals(currentUserId)) {
            // the session keeps a copy of roles and unit: the user signs in again to see the new ones
            endSessionsOf(account.getUsername());
        }
        Long previousUnitId = account.getUnitId();
        account.update(form.getFullName(), form.getEmail(), unitOf(form), form.getPosition(), form.getRoles(),
                clock.instant());
        if (!account.getUnitId().equals(previousUnitId)) {
            // placed in another unit: if a reorganisation left the account in a closed unit, that is settled
            openItems.settleUser(account.getId(), currentUserId);
        }
        if (!form.getPassword().isEmpty()) {
            account.changePasswordHash(passwordEncoder.encode(form.getPassword()), clock.instant());
        }
        return account;
    }

    /** Disables or re-enables a user; a disabled user cannot sign in. Nobody disables themselves. */
    public UserAccount setEnabled(long id, boolean enabled, Long currentUserId) {
        UserAccount account = get(id);
        if (!enabled && account.getId().equals(currentUserId)) {
            throw new IllegalArgumentException("an administrator cannot disable their own account");
        }
        account.setEnabled(enabled, clock.instant());
        if (!enabled) {
            endSessionsOf(account.getUsername());
        }
        return account;
    }

    /**
     * Ends the user's sessions once the change is committed (not if it rolls back). Sessions are kept
     * in PostgreSQL by user name, so those opened on any instance end.
     */
    private void endSessionsOf(String username) {
        AfterTransaction.onCommit(() -> sessions.getAllSessions(username, false).forEach(SessionInformation::expireNow));
    }

    /** The form's unit, in effect today: its id. */
    private Long unitOf(UserForm form) {
        return unitDirectory.refInEffect(form.getUnitId()).map(UnitRef::id)
                .orElseThrow(() -> new NotFoundException("unit " + form.getUnitId()));
    }
}
