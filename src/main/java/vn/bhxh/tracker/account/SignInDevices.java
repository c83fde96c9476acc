package vn.bhxh.tracker.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Browsers known to an account (OWASP's "device cookies"): each successful sign-in through the form
 * gives the browser a random token in a cookie; an attempt that brings back a token of the account
 * it names is not held by the account's lock (the address's limits still apply), so a stranger's
 * wrong passwords cannot keep the owner out. A known browser that fails as often as the account's
 * lock allows is forgotten. Only the token's SHA-256 is stored.
 */
@Component
class SignInDevices {

    /** The cookie, sent only to the sign-in form. */
    static final String COOKIE = "tracker-device";
    static final String COOKIE_PATH = "/login";
    /** A browser not used for this long is forgotten; the cookie lasts as long. */
    static final Duration KEPT_FOR = Duration.ofDays(180);
    /** At most this many browsers per account: the oldest are forgotten first. */
    static final int PER_ACCOUNT = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    SignInDevices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the account's known browser that sent this token, if it is one. */
    Optional<Long> known(long accountId, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<Long> found = jdbc.queryForList("SELECT id FROM sign_in_device WHERE account_id = ? AND token_sha256 = ?",
                Long.class, accountId, sha256(token));
        return found.stream().findFirst();
    }

    /** A new known browser for the account; returns the token for its cookie. */
    String remember(long accountId, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.update("INSERT INTO sign_in_device (account_id, token_sha256, created_at, last_used_at) VALUES (?, ?, ?, ?)",
                accountId, sha256(token), Timestamp.from(now), Timestamp.from(now));
        jdbc.update("""
                DELETE FROM sign_in_device WHERE account_id = ? AND id NOT IN (
                    SELECT id FROM sign_in_device WHERE account_id = ? ORDER BY last_used_at DESC, id DESC LIMIT ?)""",
                accountId, accountId, PER_ACCOUNT);
        return token;
    }

    void succeeded(long deviceId, Instant now) {
        jdbc.update("UPDATE sign_in_device SET failures = 0, last_used_at = ? WHERE id = ?", Timestamp.from(now), deviceId);
    }

    /** Counts a wrong password from the browser; at {@code limit} failures it is forgotten. */
    void failed(long deviceId, int limit) {
        jdbc.update("UPDATE sign_in_device SET failures = failures + 1 WHERE id = ?", deviceId);
        jdbc.update("DELETE FROM sign_in_device WHERE id = ? AND failures >= ?", deviceId, limit);
    }

    void forgetUnusedSince(Instant since) {
        jdbc.update("DELETE FROM sign_in_device WHERE last_used_at < ?", Timestamp.from(since));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
