package vn.bhxh.tracker.account;

/** The one rule for passwords, shared by the user form and the first administrator's start-up check. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    // BCrypt reads at most 72 bytes; a Vietnamese letter can take three.
    static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    static boolean isAcceptable(String password) {
        return password != null
                && password.length() >= MIN_LENGTH
                && password.length() <= MAX_LENGTH
                && password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit);
    }
}
