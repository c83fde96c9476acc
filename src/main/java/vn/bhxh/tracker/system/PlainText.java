package vn.bhxh.tracker.system;

import org.springframework.modulith.NamedInterface;

/**
 * What text typed or sent to the application may hold: no control character (Unicode category Cc)
 * except tab, line feed and carriage return in text of several lines, no unpaired surrogate and no
 * noncharacter. PostgreSQL refuses NUL outright and XML (the xlsx export) the other control
 * characters; they also hide in text pasted from other files. The one rule for every field and
 * parameter: {@link PlainTextBinding} applies it to whatever a form or a parameter binds,
 * {@link AddressTextFilter} to every request's address, and sign-in to the user name.
 */
@NamedInterface(name = "api", propagate = false)
public final class PlainText {

    /** The request attribute holding the {@link Fault} of a refused request, for the 400 page and the API. */
    public static final String REFUSAL_ATTRIBUTE = "refusedText";

    private PlainText() {
    }

    /**
     * The first character that may not stand in the text: its code ({@code U+0000}) and where it
     * stands, counting characters from 1.
     */
    @NamedInterface(name = "api", propagate = false)
    public record Fault(String code, int position, boolean lineBreak) {

        /** {@code text.lineBreak} for a line break or tab in one-line text, else {@code text.controlCharacter}. */
        public String messageKey() {
            return lineBreak ? "text.lineBreak" : "text.controlCharacter";
        }

        public Object[] messageArguments() {
            return new Object[] {code, position};
        }
    }

    /** Text refused by the binder; {@link PlainTextBinding} turns it into its field's message. */
    public static final class Refused extends IllegalArgumentException {

        private final transient Fault fault;

        Refused(Fault fault) {
            super("text with " + fault.code() + " at " + fault.position());
            this.fault = fault;
        }

        public Fault fault() {
            return fault;
        }
    }

    public static boolean isAcceptable(CharSequence text, boolean multiLine) {
        return firstFault(text, multiLine) == null;
    }

    /** The first character that the text may not hold, or null if there is none. */
    public static Fault firstFault(CharSequence text, boolean multiLine) {
        int position = 0;
        for (int i = 0; i < text.length(); i++) {
            position++;
            char c = text.charAt(i);
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                return new Fault(code(codePoint), position, false);
            }
            if (isNoncharacter(codePoint)) {
                return new Fault(code(codePoint), position, false);
            }
            if (Character.getType(codePoint) == Character.CONTROL) {
                boolean lineBreakOrTab = codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
                if (!lineBreakOrTab) {
                    return new Fault(code(codePoint), position, false);
                }
                if (!multiLine) {
                    return new Fault(code(codePoint), position, true);
                }
            }
        }
        return null;
    }

    /** The fault behind a refusal anywhere in an exception's causes, or null. */
    public static Fault faultOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused refused) {
                return refused.fault();
            }
        }
        return null;
    }

    /** Code points that Unicode reserves never to be characters: U+FDD0…U+FDEF and the last two of every plane. */
    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String code(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
