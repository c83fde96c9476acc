package vn.bhxh.tracker.system;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The database became unreachable while a controller ran (its session was read before): the same
 * 503 answer as {@link DatabaseOutageFilter}'s, pages and API alike. First among the advices, so
 * that no catch-all turns an outage into a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageHandler {

    private final DatabaseOutage outage;

    DatabaseOutageHandler(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            SQLTransientConnectionException.class})
    void unavailable(Exception failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        outage.answer(request, response, failure);
    }
}
