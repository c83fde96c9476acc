package vn.bhxh.tracker.system;

import org.springframework.modulith.NamedInterface;

/** A change refused because the record is no longer in a state that allows it: answered with the 409 page. */
@NamedInterface(name = "api", propagate = false)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
