package vn.chibo.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** Logs in the way a person does: the login form, with its CSRF token, through the security filters. */
public final class Browser {

    public static final String DEMO_PASSWORD = "chibo-demo";

    private Browser() {
    }

    /**
     * A page's HTML with character entities decoded, so Vietnamese text can be searched as written;
     * the escapes of markup ({@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &quot;}) are kept, so
     * a test can still tell text from markup.
     */
    public static String text(MvcResult result) throws Exception {
        String html = result.getResponse().getContentAsString();
        String guarded = html.replace("&lt;", "\u0001lt;").replace("&gt;", "\u0001gt;").replace("&amp;", "\u0001amp;")
                .replace("&quot;", "\u0001quot;").replace("&#39;", "\u0001#39;");
        return HtmlUtils.htmlUnescape(guarded).replace('\u0001', '&');
    }

    public static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        return login(mvc, username, DEMO_PASSWORD);
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("error")) {
            throw new AssertionError("login of " + username + " failed: " + target);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
