package vn.chibo.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/**
 * {@code /actuator/prometheus} on the public port: refused to anyone but an administrator, and it
 * carries the HTTP, JVM and pool metrics and Chibo's own figures, which follow what happens.
 */
@ChiboIntegrationTest
class MetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Test
    void onThePublicPortOnlyAnAdministratorReadsTheMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator")).andExpect(redirectedUrl("/login"));
        for (String user : new String[] {"dangvien", "bithu", "huyenuy"}) {
            mvc.perform(get("/actuator/prometheus").session(Browser.login(mvc, user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());

        String metrics = scrape();
        assertThat(metrics).contains("http_server_requests_seconds_count{", "uri=\"/actuator/prometheus\"",
                "status=\"403\"", "jvm_memory_used_bytes", "hikaricp_connections_active", "chibo_branches_met",
                "chibo_meetings_finalized", "chibo_accounts_locked", "chibo_signin_failures_total");
    }

    @Test
    void theDomainFiguresFollowMeetingsAndSignIns() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 1, 0);
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        double met = figure("chibo_branches_met");
        double finalized = figure("chibo_meetings_finalized");

        String planUrl = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + YearMonth.now())
                        .param("kind", "REGULAR").session(secretary).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(planUrl.split("/")[2]);
        assertThat(figure("chibo_branches_met")).as("a planned meeting is not held").isEqualTo(met);
        mvc.perform(post("/meetings/" + meeting + "/attendance/all-present").session(secretary).with(csrf())
                .param("version", version(meeting))).andExpect(status().is3xxRedirection());
        assertThat(figure("chibo_branches_met")).isEqualTo(met + 1);
        tree.jdbc().update("update meeting set status = 'FINALIZED', finalized_at = now() where id = ?", meeting);
        assertThat(figure("chibo_meetings_finalized")).isEqualTo(finalized + 1);
        assertThat(figure("chibo_branches_met")).isEqualTo(met + 1);

        double failures = figure("chibo_signin_failures_total");
        double locked = figure("chibo_accounts_locked");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(post("/login").param("username", fixture.memberLogin).param("password", "sai-" + attempt)
                    .with(csrf())).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(figure("chibo_signin_failures_total")).isEqualTo(failures + 5);
        assertThat(figure("chibo_accounts_locked")).isEqualTo(locked + 1);
    }

    private String version(long meeting) {
        return String.valueOf(tree.jdbc().queryForObject("select version from meeting where id = ?", Long.class,
                meeting));
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").session(Browser.login(mvc, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** One figure, as a scraper reads it. */
    private double figure(String name) throws Exception {
        Matcher line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(scrape());
        assertThat(line.find()).as(name).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
