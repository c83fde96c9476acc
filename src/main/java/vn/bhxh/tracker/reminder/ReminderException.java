package vn.bhxh.tracker.reminder;

/** A reminder that cannot be prepared or sent, with the message key (and argument) that explains why. */
public class ReminderException extends RuntimeException {

    private final String messageKey;
    private final String argument;

    public ReminderException(String messageKey, String argument) {
        super(messageKey + (argument == null ? "" : " " + argument));
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getArgument() {
        return argument;
    }
}
