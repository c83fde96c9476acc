package vn.bhxh.tracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Puts a {@link TcpProxy} between the application and the test database, whichever
 * {@link TestDatabaseConfiguration} chose: the connection details' URL is rewritten to the proxy's
 * port, so that a test can cut the database off and bring it back.
 */
public class DatabaseProxy implements BeanPostProcessor, DisposableBean {

    private static final Pattern POSTGRESQL_URL = Pattern.compile("^jdbc:postgresql://([^:/?]+)(?::(\\d+))?(/.*)$");

    private TcpProxy proxy;

    /** Every connection drops and new ones are refused, as when PostgreSQL is down. */
    public void cut() {
        proxy.cut();
    }

    public void restore() {
        proxy.restore();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JdbcConnectionDetails database)) {
            return bean;
        }
        Matcher url = POSTGRESQL_URL.matcher(database.getJdbcUrl());
        if (!url.matches()) {
            throw new IllegalStateException("not a PostgreSQL URL: " + database.getJdbcUrl());
        }
        try {
            proxy = new TcpProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3);
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return proxied;
            }

            @Override
            public String getUsername() {
                return database.getUsername();
            }

            @Override
            public String getPassword() {
                return database.getPassword();
            }
        };
    }

    @Override
    public void destroy() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
