package nl.welzijnsroute.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real HTTP client against the running app; with a cookie jar it behaves like one browser. */
public final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    private Http(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    public static Http anonymous(int port) {
        return new Http("http://localhost:" + port, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build());
    }

    /** Logs in through the app's login form, as a person would; the session cookie stays in this client. */
    public static Http loggedIn(int port, String user, String password) {
        Http http = anonymous(port);
        HttpResponse<String> login = http.postForm("/login", "username=" + encode(user) + "&password="
                + encode(password) + "&_csrf=" + encode(http.csrfTokenOf("/login")));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login failed for " + user + ": " + login.statusCode());
        }
        return http;
    }

    public String csrfTokenOf(String path) {
        Matcher matcher = CSRF.matcher(get(path).body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return matcher.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password)).GET());
    }

    public HttpResponse<String> postJson(String path, String json, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return send(request);
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
