package vn.bhxh.tracker.system;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that does not exist, or that the current user may not see: answered with the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
@NamedInterface(name = "api", propagate = false)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
