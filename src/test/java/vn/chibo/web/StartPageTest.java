package vn.chibo.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

@ChiboIntegrationTest
class StartPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Test
    void districtStaffStartOnTheirDistrictPage() throws Exception {
        MockHttpSession session = Browser.login(mvc, "huyenuy");
        long district = tree.organizationId("hu-coto");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/organizations/" + district));
        mvc.perform(get("/organizations/" + district).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huyện ủy Cô Tô")))
                .andExpect(content().string(containsString("Đảng bộ Khối Đảng – đoàn thể")))
                .andExpect(content().string(containsString("Chi bộ Trường THPT Cô Tô")));
    }

    @Test
    void secretaryStartsOnTheirBranchWithItsMembers() throws Exception {
        MockHttpSession session = Browser.login(mvc, "bithu");
        long branch = tree.organizationId("kdd-tuyengiao");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/branches/" + branch));
        mvc.perform(get("/branches/" + branch).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chi bộ Ban Tuyên giáo Huyện ủy")))
                .andExpect(content().string(containsString("Chi bộ điểm toàn diện")))
                .andExpect(content().string(containsString("Đảng viên (4)")))
                .andExpect(content().string(containsString("Sinh hoạt 12 tháng gần nhất")));
    }

    @Test
    void memberStartsOnTheirOwnPageWithRatings() throws Exception {
        MockHttpSession session = Browser.login(mvc, "dangvien");
        long me = tree.memberIdOf("dangvien");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/me"));
        mvc.perform(get("/members/" + me).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xếp loại hằng tháng")))
                .andExpect(content().string(containsString("Hoàn thành")));
    }

    @Test
    void administratorStartsAtTheTopOfTheTree() throws Exception {
        MockHttpSession session = Browser.login(mvc, "admin");
        mvc.perform(get("/").session(session))
                .andExpect(redirectedUrl("/organizations/" + tree.organizationId("hu-coto")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/organizations/1", "/branches/2", "/members/1", "/me"})
    void anonymousVisitorsAreSentToLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageSpeaksVietnameseAndListsDemoAccountsInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"vi\"")))
                .andExpect(content().string(containsString("Tên đăng nhập")))
                .andExpect(content().string(containsString("chibo-demo")))
                .andExpect(content().string(containsString("huyenuy")));
    }

    @Test
    void languageSwitchesToEnglishAndBack() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Log in to Chibo")))
                .andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/login").param("lang", "fr"))
                .andExpect(content().string(containsString("Đăng nhập Chibo")));
    }

    @Test
    void actuatorExposesOnlyHealthAndInfo() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        MockHttpSession admin = Browser.login(mvc, "admin");
        mvc.perform(get("/actuator/env").session(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").session(admin)).andExpect(status().isNotFound());
    }
}
