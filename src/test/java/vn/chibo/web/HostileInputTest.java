package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/** Control characters and dates out of range get a clear answer, never a 500. */
@ChiboIntegrationTest
class HostileInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TreeBuilder tree;

    @Test
    void controlCharactersAreTakenOutOfWhatIsSavedAndTheRestIsKept() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 2, 0);
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        YearMonth month = YearMonth.now();
        mvc.perform(post("/me/self-assessment/{p}", month).session(member).with(csrf()).param("level", "GOOD")
                        .param("text", "Đã\u0000 họp\u0007 tổ\tdân phố\u001b."))
                .andExpect(status().is3xxRedirection());
        assertThat(tree.jdbc().queryForObject("select self_text from monthly_rating where member_id = ? and period = ?",
                String.class, fixture.fullMembers.get(1), Date.valueOf(month.atDay(1))))
                .isEqualTo("Đã họp tổ\tdân phố.");
    }

    @Test
    void datesAndMonthsOutsideTheYearsChiboKnowsAreRefusedClearly() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 2, 0);
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        for (String period : new String[] {"+10000-01", "0001-01", "1899-12", "2201-01", "2026-13", "abc"}) {
            mvc.perform(get("/dashboard").param("period", period).session(staff)).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/dashboard").param("period", "2026-11").session(staff)).andExpect(status().isOk());
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/branches/{id}/meetings/{p}", fixture.branch, "+9999999-01").session(secretary))
                .andExpect(status().isBadRequest());
    }
}
