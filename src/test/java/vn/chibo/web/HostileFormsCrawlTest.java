package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.Browser;
import vn.chibo.support.TestDatabase;

/**
 * Every form of every page each role reaches, found by following the links (so a form added later
 * is covered without anyone remembering to), posted with hostile values of each kind in its
 * visible fields: control characters, text far over any limit, dates and numbers out of range,
 * empty choices, ids of the wrong type, markup. No answer may be a 5xx, and no markup typed may
 * come back unescaped. On a database of its own, since the forms change what they post to.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = HostileFormsCrawlTest.OwnDatabase.class)
class HostileFormsCrawlTest {

    static final String MARKUP = "<script>alert(7)</script>";
    static final List<String> HOSTILE = List.of("nul\u0000in\u0007text", "x".repeat(20_000), "+9999999-01-01",
            "99999999999999999999", "", "abc", MARKUP, "-1", "2026-13-45");
    static final int PAGES_PER_ROLE = 80;

    static final class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase.Connection db = TestDatabase.connection();
            TestPropertyValues.of("spring.datasource.url=" + TestDatabase.emptyDatabase("crawl"),
                    "spring.datasource.username=" + db.username(), "spring.datasource.password=" + db.password(),
                    "chibo.demo.enabled=true").applyTo(context);
        }
    }

    @Autowired
    MockMvc mvc;

    private record Form(String page, String action, Map<String, String> hidden, List<String> visible) {
    }

    @Test
    void noFormOfAnyPageAnswers5xxOrEchoesMarkupToAnyRole() throws Exception {
        List<String> problems = new ArrayList<>();
        int posted = 0;
        // Members first and administrators last: later roles' forms may change what earlier ones see.
        for (String role : List.of("dangvien", "bithu", "huyenuy", "admin")) {
            MockHttpSession session = Browser.login(mvc, role);
            List<Form> forms = crawl(session, problems);
            for (Form form : forms) {
                for (String value : HOSTILE) {
                    MockHttpServletRequestBuilder request = post(form.action()).session(session);
                    form.hidden().forEach(request::param);
                    form.visible().forEach(name -> request.param(name, value));
                    MvcResult result = mvc.perform(request).andReturn();
                    posted++;
                    int status = result.getResponse().getStatus();
                    String body = result.getResponse().getContentAsString();
                    if (status >= 500) {
                        problems.add(role + " " + form.action() + " (" + shortly(value) + "): " + status);
                    }
                    if (body.contains(MARKUP)) {
                        problems.add(role + " " + form.action() + ": markup echoed unescaped");
                    }
                    if (result.getResponse().getRedirectedUrl() != null
                            && result.getResponse().getRedirectedUrl().contains("/login")) {
                        session = Browser.login(mvc, role);
                    }
                }
            }
        }
        assertThat(posted).as("forms posted").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    private List<Form> crawl(MockHttpSession session, List<String> problems) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Form> forms = new LinkedHashMap<>();
        while (!queue.isEmpty() && seen.size() < PAGES_PER_ROLE) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            MvcResult result = mvc.perform(get(path).session(session)).andReturn();
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                problems.add("GET " + path + ": " + status);
            }
            String redirect = result.getResponse().getRedirectedUrl();
            if (redirect != null) {
                local(path, redirect).ifPresent(queue::add);
                continue;
            }
            String type = result.getResponse().getContentType();
            if (type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + path);
            for (Element link : page.select("a[href]")) {
                local(path, link.attr("href")).filter(next -> !seen.contains(next)).ifPresent(queue::add);
            }
            for (Element form : page.select("form[method=post]")) {
                String action = local(path, form.attr("action")).orElse(null);
                if (action == null || action.startsWith("/logout")) {
                    continue;
                }
                Map<String, String> hidden = new LinkedHashMap<>();
                List<String> visible = new ArrayList<>();
                for (Element field : form.select("input[name], select[name], textarea[name]")) {
                    if ("hidden".equals(field.attr("type"))) {
                        hidden.put(field.attr("name"), field.attr("value"));
                    } else if (!"submit".equals(field.attr("type"))) {
                        visible.add(field.attr("name"));
                    }
                }
                forms.putIfAbsent(action + " " + visible, new Form(path, action, hidden, List.copyOf(new LinkedHashSet<>(visible))));
            }
        }
        return List.copyOf(forms.values());
    }

    /** The path and query of a link on this app, without its fragment; none for other sites and files. */
    private static java.util.Optional<String> local(String from, String href) {
        if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")) {
            return java.util.Optional.empty();
        }
        URI target = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
        if (!"localhost".equals(target.getHost()) || target.getPath() == null) {
            return java.util.Optional.empty();
        }
        String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        boolean file = path.endsWith(".pdf") || path.endsWith(".xlsx") || path.startsWith("/assets/")
                || path.startsWith("/webjars/") || path.contains("lang=");
        return file ? java.util.Optional.empty() : java.util.Optional.of(path);
    }

    private static String shortly(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
