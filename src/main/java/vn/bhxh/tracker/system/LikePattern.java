package vn.bhxh.tracker.system;

import org.springframework.modulith.NamedInterface;

/** Makes what a user typed safe inside SQL {@code LIKE ... ESCAPE '\'}: their % and _ match themselves. */
@NamedInterface(name = "api", propagate = false)
public final class LikePattern {

    private LikePattern() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
