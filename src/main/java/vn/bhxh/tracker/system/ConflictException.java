package vn.bhxh.tracker.system;

/** A change refused because the record is no longer in a state that allows it: answered with the 409 page. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
