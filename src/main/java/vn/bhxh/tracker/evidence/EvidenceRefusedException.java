package vn.bhxh.tracker.evidence;

import java.io.Serializable;

/**
 * An upload or deletion the rules refuse; the message key and its argument say why, to the user. The
 * argument is a file's name, a size as people read it ("20 MB") or a count, kept a number so that the
 * message writes it in the reader's language and chooses the English singular or plural; it travels
 * in the session as a flash attribute, hence serializable.
 */
public class EvidenceRefusedException extends RuntimeException {

    private final String messageKey;
    private final Serializable argument;

    EvidenceRefusedException(String messageKey, Serializable argument) {
        super(messageKey);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String messageKey() {
        return messageKey;
    }

    public Serializable argument() {
        return argument;
    }
}
