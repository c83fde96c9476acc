package vn.bhxh.tracker.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SignInThrottleRepository extends Repository<SignInThrottle, Long> {

    /** Makes sure the row exists, so that the lock below always has a row to wait on. */
    @Modifying
    @Query(value = """
            INSERT INTO sign_in_throttle (kind, subject, failures, window_started_at, last_attempt_at)
            VALUES (:kind, :subject, 0, :now, :now)
            ON CONFLICT (kind, subject) DO NOTHING
            """, nativeQuery = true)
    void insertIfAbsent(@Param("kind") String kind, @Param("subject") String subject, @Param("now") Instant now);

    /** The row, locked until the transaction ends: attempts on any instance take their turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SignInThrottle t where t.kind = :kind and t.subject = :subject")
    Optional<SignInThrottle> findForUpdate(@Param("kind") SignInThrottle.Kind kind, @Param("subject") String subject);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SignInThrottle t where t.id = :id")
    Optional<SignInThrottle> findByIdForUpdate(@Param("id") Long id);

    Optional<SignInThrottle> findByKindAndSubject(SignInThrottle.Kind kind, String subject);

    @Query("select t from SignInThrottle t where t.lockedUntil > :now order by t.lockedUntil desc, t.id")
    List<SignInThrottle> findLockedAt(@Param("now") Instant now);

    /**
     * Rows that restrict nothing any more: no failures, or only failures older than the window, and no
     * lock. Rows a sign-in holds are skipped, so that this never waits on one (nor deadlocks with it).
     */
    @Modifying
    @Query(value = """
            DELETE FROM sign_in_throttle
            WHERE id IN (SELECT id FROM sign_in_throttle
                         WHERE (locked_until IS NULL OR locked_until <= :now)
                           AND (failures = 0 OR window_started_at <= :windowStart)
                         FOR UPDATE SKIP LOCKED)
            """, nativeQuery = true)
    int deleteIdle(@Param("now") Instant now, @Param("windowStart") Instant windowStart);
}
