package vn.bhxh.tracker.evidence;

/** An upload or deletion the rules refuse; the message key and its argument say why, to the user. */
public class EvidenceRefusedException extends RuntimeException {

    private final String messageKey;
    private final String argument;

    EvidenceRefusedException(String messageKey, String argument) {
        super(messageKey);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public String argument() {
        return argument;
    }
}
