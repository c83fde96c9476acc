package vn.bhxh.tracker.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.bhxh.tracker.system.Actor;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * The signed-in user as the session keeps it: who they are, their unit and their roles. It holds
 * ids and names only, never an entity, so that it can live in the HTTP session.
 */
@NamedInterface(name = "api", propagate = false)
public record CurrentUser(Long id, String username, String fullName, Long unitId, String unitName,
                          UnitLevel unitLevel, Position position, Set<Role> roles, String passwordHash,
                          boolean enabled) implements UserDetails, Actor, Serializable {

    /** The account with its unit, as {@code UnitDirectory} gives it for the account's unit id. */
    static CurrentUser of(UserAccount account, UnitRef unit) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(),
                unit.id(), unit.name(), unit.level(),
                account.getPosition(), account.getRoles(), account.getPasswordHash(), account.isEnabled());
    }

    /**
     * The same user without the password's hash, as kept for the session once signed in: sessions
     * live in PostgreSQL (Spring Session JDBC) and need no hash to serve anyone.
     */
    CurrentUser withoutPassword() {
        return new CurrentUser(id, username, fullName, unitId, unitName, unitLevel, position, roles, null, enabled);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Roles in the enum's order, for showing them. */
    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    // The hash stays out of logs and error pages.
    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }
}
