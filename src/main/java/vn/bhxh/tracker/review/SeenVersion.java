package vn.bhxh.tracker.review;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report as the reviewer saw it in the queue: its id and the version then, sent as "id:version" by
 * the queue's check boxes, so that a report changed since is not accepted blindly.
 */
record SeenVersion(long reportId, long version) {

    private static final Pattern ID_AND_VERSION = Pattern.compile("^(\\d{1,18}):(\\d{1,18})$");

    /** The id and version of "id:version"; none for anything else. */
    static Optional<SeenVersion> parse(String idAndVersion) {
        Matcher matcher = idAndVersion == null ? null : ID_AND_VERSION.matcher(idAndVersion);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SeenVersion(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
    }
}
