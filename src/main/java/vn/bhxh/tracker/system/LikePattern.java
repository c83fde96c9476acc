package vn.bhxh.tracker.system;

/** Makes what a user typed safe inside SQL {@code LIKE ... ESCAPE '\'}: their % and _ match themselves. */
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
