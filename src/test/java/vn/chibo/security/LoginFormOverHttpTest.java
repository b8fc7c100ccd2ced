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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.browser.BrowserDatabase;

/**
 * The login form over real HTTP, as a browser sends it: its CSRF token in the form and in a cookie
 * of its own, and no session until someone signs in. On the browser journeys' server (MockMvc's
 * {@code csrf()} replaces the CSRF filter's token store with a session one in the context it runs in,
 * so these are not MockMvc tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BrowserDatabase.class)
class LoginFormOverHttpTest {

    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The login page as a browser gets it: the cookies it sets and its form's CSRF field. */
    private record LoginPage(List<String> cookies, String field) {

        String tokenCookie() {
            return cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                    .split(";", 2)[0];
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private LoginPage open() throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher field = FIELD.matcher(page.body());
        assertThat(field.find()).isTrue();
        return new LoginPage(page.headers().allValues("Set-Cookie"), field.group(1));
    }

    private HttpResponse<String> signIn(String cookie, String field) throws IOException, InterruptedException {
        return signIn(cookie, field, "chibo-demo");
    }

    private HttpResponse<String> signIn(String cookie, String field, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder post = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=bithu&password=" + password + "&_csrf="
                        + URLEncoder.encode(field, StandardCharsets.UTF_8)));
        if (cookie != null) {
            post.header("Cookie", cookie);
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageLeavesNoSessionBehind() throws Exception {
        LoginPage page = open();
        assertThat(page.cookies()).noneMatch(cookie -> cookie.startsWith("SESSION="));
        assertThat(page.cookies()).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void theFormSignsInWithItsTokenAndItsCookie() throws Exception {
        LoginPage page = open();
        HttpResponse<String> login = signIn(page.tokenCookie(), page.field());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("SESSION="));
    }

    @Test
    void aFailedSignInOpensNoSession() throws Exception {
        LoginPage page = open();
        HttpResponse<String> failed = signIn(page.tokenCookie(), page.field(), "sai-mat-khau");
        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(failed.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    @Test
    void aPageAskedForBeforeSigningInOpensNoSessionAndIsWhereTheSignInLeads() throws Exception {
        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(uri("/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        List<String> cookies = asked.headers().allValues("Set-Cookie");
        assertThat(cookies).noneMatch(cookie -> cookie.startsWith("SESSION="));
        String saved = cookies.stream().filter(cookie -> cookie.startsWith("REDIRECT_URI=")).findFirst().orElseThrow();
        assertThat(saved).contains("HttpOnly").contains("SameSite=Lax");
        String pageAskedFor = saved.split(";", 2)[0];

        LoginPage page = open();
        HttpResponse<String> login = signIn(page.tokenCookie() + "; " + pageAskedFor, page.field());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/me"));
    }

    @Test
    void theFormsTokenIsRefusedWithoutItsCookieOrWithAnotherVisitsCookie() throws Exception {
        LoginPage page = open();
        LoginPage other = open();
        assertThat(signIn(null, page.field()).statusCode()).isEqualTo(403);
        assertThat(signIn(other.tokenCookie(), page.field()).statusCode()).isEqualTo(403);
    }

    @Test
    void onceSignedInOnlyTheSessionsOwnTokenPassesNotOnePlantedInACookie() throws Exception {
        LoginPage page = open();
        String session = signIn(page.tokenCookie(), page.field()).headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElseThrow().split(";", 2)[0];
        HttpResponse<String> account = http.send(HttpRequest.newBuilder(uri("/account")).header("Cookie", session)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        Matcher own = FIELD.matcher(account.body());
        assertThat(own.find()).isTrue();

        // Another visit's login-form token, planted as a cookie and sent as the form's field.
        LoginPage other = open();
        assertThat(changePassword(session + "; " + other.tokenCookie(), other.field()).statusCode()).isEqualTo(403);
        // The page's own token passes (and the wrong current password is refused with a message).
        assertThat(changePassword(session, own.group(1)).statusCode()).isEqualTo(422);
    }

    private HttpResponse<String> changePassword(String cookies, String field) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/account")).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("currentPassword=sai&newPassword=&confirmation=&_csrf="
                        + URLEncoder.encode(field, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyOverTheLimitIsAnswered413WithAPageInVietnamese() throws Exception {
        LoginPage page = open();
        String large = "username=bithu&note=" + "x".repeat(3 * 1024 * 1024) + "&_csrf="
                + URLEncoder.encode(page.field(), StandardCharsets.UTF_8);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", page.tokenCookie())
                .POST(HttpRequest.BodyPublishers.ofString(large)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Dữ liệu gửi lên quá lớn");
    }
}
