package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles stay in step, so no page shows a bare message key. */
class MessageBundlesTest {

    @Test
    void everyMessageBundleHasTheSameKeys() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
    }

    @Test
    void vietnameseMessagesAreWrittenWithDiacritics() throws IOException {
        Properties vietnamese = load("messages.properties");
        assertThat(vietnamese.getProperty("login.title")).isEqualTo("Đăng nhập");
        assertThat(vietnamese.getProperty("error.403.title")).isEqualTo("Không có quyền truy cập");
    }

    /** A message bundle as it is written (no message formatting), from the classpath. */
    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
