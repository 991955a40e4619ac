package news.broadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person with cookies, as an HTTP client: keeps the session cookie, reads the CSRF token from the last
 * page's forms and sends it with form posts, like a browser without JavaScript.
 */
public final class Browserless {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private String csrf;
    private String forwardedFor;

    public Browserless(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Posts the form with the CSRF token of the last page fetched. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, withToken);
    }

    /** Posts exactly these fields, with no CSRF token added. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts the multipart form with the CSRF token of the last page fetched as its first field. */
    public HttpResponse<String> postMultipart(String path, Multipart form) {
        return postMultipartRaw(path, csrf == null ? form : form.withLeadingField("_csrf", csrf));
    }

    /** Posts exactly this multipart form, with no CSRF token added. */
    public HttpResponse<String> postMultipartRaw(String path, Multipart form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", form.contentType())
                .POST(form.body())
                .build());
    }

    /**
     * Posts JSON the way newsroom.js and alerts.js do, with the CSRF token of the last page fetched in the
     * header each reads: the newsroom's (tokens kept in the session) and the public site's (kept in a cookie).
     */
    public HttpResponse<String> postJson(String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf).header("X-XSRF-TOKEN", csrf);
        }
        return send(request.build());
    }

    /** Signs in to the newsroom and says where the sign-in sent them. */
    public String signInToNewsroom(String email, String password) {
        get("/newsroom/login");
        return post("/newsroom/login", Map.of("email", email, "password", password))
                .headers().firstValue("Location").orElse("");
    }

    /** The value of the cookie this client holds under the name, if it holds one. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Gives this client a cookie, as if the site had set it earlier (e.g. one copied from another client). */
    public void addCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    /**
     * Opens a Server-Sent Events stream as this person's browser would (with their cookies); the caller reads
     * the body as it arrives and closes it.
     */
    public HttpResponse<InputStream> openStream(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends every later request as if through a load balancer from this network address (the application
     * believes {@code X-Forwarded-For} from this machine), so a test's posts count against per-address limits
     * of their own rather than the one every test shares.
     */
    public Browserless from(String address) {
        forwardedFor = address;
        return this;
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (forwardedFor != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).header("X-Forwarded-For", forwardedFor).build();
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
