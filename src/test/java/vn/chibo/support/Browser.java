package vn.chibo.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Logs in the way a person does: the login form, with its CSRF token, through the security filters. */
public final class Browser {

    public static final String DEMO_PASSWORD = "chibo-demo";

    private Browser() {
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
