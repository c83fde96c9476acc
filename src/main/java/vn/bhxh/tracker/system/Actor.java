package vn.bhxh.tracker.system;

import org.springframework.modulith.NamedInterface;

/**
 * Who does something, for a module that records it without knowing user accounts (the unit module
 * applying a reorganisation): the signed-in user's id and full name. {@code account.CurrentUser}, the
 * principal of every signed-in request, is one, so a controller takes it as
 * {@code @AuthenticationPrincipal Actor}.
 */
@NamedInterface(name = "api", propagate = false)
public interface Actor {

    Long id();

    String fullName();
}
