package vn.chibo.oversight;

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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.support.Browser;
import vn.chibo.support.TestDatabase;

/**
 * Chibo as an operator runs it: a management port of its own, where the scraper and the load
 * balancer read metrics and health without signing in while the public port refuses them, and
 * logs as JSON lines ({@code logging.structured.format.console}) with one line per request that
 * names the account by its id and carries no typed text, password or token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "logging.structured.format.console=ecs"})
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(OutputCaptureExtension.class)
class ManagementPortTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theMetricsAreAnsweredOnTheManagementPortAndRefusedAnonymouslyOnThePublicOne() throws Exception {
        HttpResponse<String> scraped = get(managementPort, "/actuator/prometheus", null);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("chibo_branches_met", "jvm_memory_used_bytes", "hikaricp_connections");
        assertThat(get(managementPort, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = get(port, "/actuator/prometheus", null);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(get(port, "/actuator/prometheus", signIn("bithu")).statusCode())
                .as("a secretary is not an administrator").isEqualTo(403);
    }

    @Test
    void eachRequestIsOneJsonLineWithTheAccountIdAndTheRouteOnly(CapturedOutput output) throws Exception {
        String session = signIn("bithu");
        long account = jdbc.queryForObject("select id from account where username = 'bithu'", Long.class);
        assertThat(get(port, "/members/9876543210?q=noi-dung-go-vao", session).statusCode()).isIn(200, 403, 404);
        assertThat(get(port, "/organizations/4242424242", null).statusCode()).isEqualTo(302);

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = output.getOut().lines().filter(line -> line.startsWith("{")).map(json::readTree).toList();
        assertThat(lines).as("every line of the log is JSON").isNotEmpty()
                .hasSize((int) output.getOut().lines().filter(line -> !line.isBlank()).count());
        List<JsonNode> requests = lines.stream()
                .filter(line -> "chibo.requests".equals(line.path("log").path("logger").asString(""))).toList();
        assertThat(requests).anySatisfy(line -> {
            assertThat(line.path("route").asString()).isEqualTo("/members/{id}");
            assertThat(line.path("method").asString()).isEqualTo("GET");
            assertThat(line.path("account").asString()).isEqualTo(String.valueOf(account));
            assertThat(line.path("ms").isNumber()).isTrue();
        });
        assertThat(requests).anySatisfy(line -> {
            assertThat(line.path("route").asString()).isEqualTo("/organizations/{}");
            assertThat(line.path("status").asInt()).isEqualTo(302);
            assertThat(line.path("account").asString()).isEqualTo("-");
        });
        assertThat(requests).anySatisfy(line -> assertThat(line.path("route").asString()).isEqualTo("/login"));
        assertThat(output.getAll()).doesNotContain(Browser.DEMO_PASSWORD, "noi-dung-go-vao", "9876543210", "4242424242",
                session.substring(session.indexOf('=') + 1));
    }

    private HttpResponse<String> get(int to, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form over HTTP; the session cookie. */
    private String signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> page = get(port, "/login", null);
        Matcher field = CSRF_FIELD.matcher(page.body());
        assertThat(field.find()).isTrue();
        String tokenCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().split(";", 2)[0];
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", tokenCookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + Browser.DEMO_PASSWORD + "&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst().orElseThrow().split(";", 2)[0];
    }
}
