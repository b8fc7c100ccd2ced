package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.ChiboApplication;
import vn.chibo.support.TestDatabase;

/**
 * Two app nodes on one database, as behind a load balancer: a session made on one is accepted by
 * the other, with its CSRF token, and the page asked for before signing in on one is where the
 * other sends the person after it; when the node that signed them in stops, they stay signed in.
 * Real HTTP, as a browser sends it.
 */
class SessionsAcrossNodesTest {

    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext node() {
        TestDatabase.Connection db = TestDatabase.connection();
        return new SpringApplicationBuilder(ChiboApplication.class).properties(
                "server.port=0", "spring.main.banner-mode=off",
                "spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(), "chibo.demo.enabled=true").run();
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookies)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(node) + path));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String cookies, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(node) + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        List<String> set = response.headers().allValues("Set-Cookie");
        return set.stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + set)).split(";", 2)[0];
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher field = FIELD.matcher(page.body());
        assertThat(field.find()).as("a form with a CSRF field").isTrue();
        return URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void aSessionMadeOnOneNodeIsAcceptedByTheOtherAndOutlivesIt() throws Exception {
        try (ConfigurableApplicationContext a = node(); ConfigurableApplicationContext b = node()) {
            // On node A: the page asked for, then the login form.
            HttpResponse<String> asked = get(a, "/me", null);
            assertThat(asked.statusCode()).isEqualTo(302);
            String pageAskedFor = cookie(asked, "REDIRECT_URI");
            HttpResponse<String> form = get(a, "/login", null);
            String token = cookie(form, "XSRF-TOKEN");

            // Signed in on node B, which sends them to the page asked for on A.
            HttpResponse<String> signedIn = post(b, "/login", token + "; " + pageAskedFor,
                    "username=dangvien&password=chibo-demo&_csrf=" + csrf(form));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/me"));
            String session = cookie(signedIn, "SESSION");

            // Node A knows the session; node B's page gives the session's CSRF token, which A accepts.
            assertThat(get(a, "/me", session).statusCode()).isEqualTo(200);
            String accountPage = csrf(get(b, "/account", session));
            HttpResponse<String> change = post(a, "/account", session,
                    "currentPassword=sai&newPassword=&confirmation=&_csrf=" + accountPage);
            assertThat(change.statusCode()).as("the token passed; the wrong password is refused").isEqualTo(422);
            assertThat(post(a, "/account", session, "currentPassword=sai&_csrf=khong-phai").statusCode())
                    .isEqualTo(403);

            // Node B stops: node A still serves them, signed in.
            b.close();
            HttpResponse<String> me = get(a, "/me", session);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("data-sign-out");

            // Signing out on A ends the session everywhere.
            assertThat(post(a, "/logout", session, "_csrf=" + csrf(me)).statusCode()).isEqualTo(302);
            assertThat(get(a, "/me", session).headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }
}
