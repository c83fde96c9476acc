package vn.bhxh.tracker.account;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the administrator types to create or edit a user. Each field's own rules are Bean Validation
 * constraints naming a message key, which takes the constraint's limit as its argument ({@code @Size}:
 * max first, {@code system.MessageKeyValidator}). Rules across fields or that need the database (unique
 * names, the unit's level, the password policy) are checked by {@link UserFormValidator}.
 */
public class UserForm {

    /** A user name: 3 to 64 lower-case letters, digits, dots, hyphens or underscores, not starting with a sign. */
    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

    private Long id;

    private long version;

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "^$|^" + USERNAME_PATTERN + "$", message = "{user.username.pattern}")
    private String username = "";

    @NotBlank(message = "{user.fullName.required}")
    @Size(max = 200, message = "{user.fullName.size}")
    private String fullName = "";

    @NotBlank(message = "{user.email.required}")
    @Email(message = "{user.email.invalid}")
    @Size(max = 254, message = "{user.email.size}")
    private String email = "";

    @NotNull(message = "{user.unit.required}")
    private Long unitId;

    private Position position;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Required for a new user; for an existing one, blank keeps the current password. */
    private String password = "";

    private String passwordConfirmation = "";

    public static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.id = account.getId();
        form.version = account.getVersion();
        form.username = account.getUsername();
        form.fullName = account.getFullName();
        form.email = account.getEmail();
        form.unitId = account.getUnitId();
        form.position = account.getPosition();
        form.roles = EnumSet.noneOf(Role.class);
        form.roles.addAll(account.getRoles());
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? "" : fullName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
    }
}
