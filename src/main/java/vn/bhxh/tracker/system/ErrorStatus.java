package vn.bhxh.tracker.system;

import java.sql.SQLException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The HTTP status that a failure deserves, in one place for the pages' handlers and the API. 409 only
 * for real conflicts (a stale version, a record no longer in a state that allows the change, a
 * unique key taken by a simultaneous request); a value the database refuses as data (PostgreSQL's
 * class 22, e.g. 22021 a NUL byte, 22001 text too long) was sent by the client: 400; any other
 * refusal by the database is the application's fault: 500. The database out of reach is an outage
 * ({@link DatabaseOutage}): 503.
 */
final class ErrorStatus {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DATA_EXCEPTION_CLASS = "22";

    private ErrorStatus() {
    }

    static HttpStatusCode of(Throwable failure) {
        if (failure instanceof ErrorResponse response) {
            return response.getStatusCode();
        }
        if (DatabaseOutage.isCauseOf(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (failure instanceof TypeMismatchException || failure instanceof InvalidPropertyException
                || failure instanceof HttpMessageNotReadableException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (failure instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (failure instanceof ConflictException || failure instanceof OptimisticLockingFailureException) {
            return HttpStatus.CONFLICT;
        }
        if (failure instanceof DataIntegrityViolationException refusal) {
            return ofRefusal(refusal);
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
        if (declared != null) {
            return declared.code();
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** A change or query the database refused, by its SQL state. */
    static HttpStatus ofRefusal(DataIntegrityViolationException refusal) {
        String state = sqlState(refusal);
        if (refusal instanceof DuplicateKeyException || UNIQUE_VIOLATION.equals(state)) {
            return HttpStatus.CONFLICT;
        }
        if (state != null && state.startsWith(DATA_EXCEPTION_CLASS)) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
