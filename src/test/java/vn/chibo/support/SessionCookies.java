package vn.chibo.support;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) and are found by their {@code SESSION} cookie,
 * as in a browser. The tests hold a signed-in person as a {@link MockHttpSession} passed with
 * {@code .session(...)}: this carries the session's id in it, sends it as the cookie with each
 * request, and takes it back from each answer's cookie, so the app itself sees only cookies.
 * Added to every {@code @AutoConfigureMockMvc} context (META-INF/spring/…AutoConfigureMockMvc.imports).
 */
@AutoConfiguration
public class SessionCookies {

    /** The attribute of the test's MockHttpSession that holds the id of the session in the database. */
    public static final String ID = SessionCookies.class.getName() + ".id";
    static final String COOKIE = "SESSION";

    @Bean
    MockMvcBuilderCustomizer sessionCookies() {
        return builder -> builder
                .defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
                    HttpSession held = request.getSession(false);
                    boolean hasCookie = request.getCookies() != null
                            && Arrays.stream(request.getCookies()).anyMatch(c -> c.getName().equals(COOKIE));
                    if (held != null && held.getAttribute(ID) instanceof String id && !hasCookie) {
                        Cookie cookie = new Cookie(COOKIE, Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
                        Cookie[] before = request.getCookies() == null ? new Cookie[0] : request.getCookies();
                        request.setCookies(Stream.concat(Arrays.stream(before), Stream.of(cookie)).toArray(Cookie[]::new));
                    }
                    return request;
                }))
                .alwaysDo(result -> {
                    Cookie cookie = result.getResponse().getCookie(COOKIE);
                    if (cookie == null) {
                        return;
                    }
                    MockHttpServletRequest request = result.getRequest();
                    if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                        HttpSession held = request.getSession(false);
                        if (held != null) {
                            held.removeAttribute(ID);
                        }
                    } else {
                        request.getSession(true).setAttribute(ID,
                                new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8));
                    }
                });
    }

    /** The id of the database session a test's MockHttpSession stands for, or null. */
    public static String id(MockHttpSession session) {
        return session == null ? null : (String) session.getAttribute(ID);
    }
}
