package vn.bhxh.tracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, without JavaScript, against instances on this machine ({@code localhost}, any
 * port): one cookie jar for all of them, as behind one load balancer; redirects are not followed; a
 * form is posted with the CSRF token of the last page that had one.
 */
public final class Visitor {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private String csrfToken;

    /** GET with extra headers given as name, value, name, value… */
    public HttpResponse<String> get(int port, String path, String... headers) {
        HttpRequest.Builder request = request(port, path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> post(int port, String path, Map<String, String> form) {
        if (csrfToken == null) {
            throw new IllegalStateException("no page with a form was opened before posting to " + path);
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrfToken);
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(port, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in with the form; answers the redirect that follows, then opens the home page (for its token). */
    public HttpResponse<String> signIn(int port, String username, String password) {
        get(port, "/login");
        HttpResponse<String> signedIn = post(port, "/login", Map.of("username", username, "password", password));
        get(port, "/");
        return signedIn;
    }

    /** Where a redirect leads, as path and query (the server may write it absolute or relative). */
    public static String location(HttpResponse<?> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElse(""));
        return location.getRawQuery() == null ? location.getRawPath() : location.getRawPath() + "?" + location.getRawQuery();
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).findFirst();
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF_FIELD.matcher(response.body());
            if (token.find()) {
                csrfToken = token.group(1);
            }
            return response;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
