-- HTTP sessions kept in PostgreSQL (Spring Session JDBC) instead of one JVM's memory, so that any
-- instance behind the load balancer serves any signed-in user, and a restart signs nobody out.
-- Spring Session's own schema for PostgreSQL (spring-session-jdbc 4.1.0, schema-postgresql.sql), as
-- it is: the library reads and writes these tables and columns by name. Flyway creates them; the
-- library's schema initialiser stays off (spring.session.jdbc.initialize-schema=never).
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    -- the user name of the signed-in user: finds their sessions to end them (a disabled account)
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
-- the cleanup job deletes expired sessions by this column
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

-- each session attribute (the signed-in user, the CSRF token, flash messages) Java-serialised
CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
