package vn.bhxh.tracker.support;

import java.sql.SQLTransientConnectionException;

import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fails as a page or an API call does when PostgreSQL goes away after the request's session was read
 * (a connection cannot be had for the transaction); only in {@link ServerTest}'s application.
 */
@RestController
public class LostConnectionPage {

    public static final String PATH = "/test-only/lost-connection";

    @GetMapping({PATH, "/api" + PATH})
    String fail() {
        throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001"));
    }
}
