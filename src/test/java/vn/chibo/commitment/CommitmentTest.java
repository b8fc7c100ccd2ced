package vn.chibo.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/**
 * A member's commitments over HTTP: written on /me at the year's start, shown beside the monthly
 * self-assessment and to the secretary and staff on the member's page; nobody else writes them,
 * and once the branch has reviewed the year they no longer change.
 */
@ChiboIntegrationTest
class CommitmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    JdbcTemplate jdbc;
    MockHttpSession member;
    long an;
    final int year = YearMonth.now().getYear();

    @BeforeEach
    void aMember() throws Exception {
        fixture = new BranchFixture(tree, 1, 0);
        jdbc = tree.jdbc();
        an = fixture.fullMembers.get(1);
        member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
    }

    private ResultActions add(MockHttpSession who, String kind, String text) throws Exception {
        var request = post("/me/commitments").session(who).with(csrf()).param("text", text);
        return mvc.perform(kind == null ? request : request.param("kind", kind));
    }

    private String page(MockHttpSession who, String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(who)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theMemberWritesCommitmentsSeenBesideTheMonthAndByTheSecretary() throws Exception {
        assertThat(page(member, "/me/commitments")).contains("Cam kết năm " + year, "Chưa có cam kết.", "Thêm cam kết");

        String refused = Browser.text(add(member, null, "Đọc hết tác phẩm Sửa đổi lối làm việc")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Vui lòng chọn loại cam kết.", "Đọc hết tác phẩm Sửa đổi lối làm việc");
        refused = Browser.text(add(member, "CULTIVATION", "   ").andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Vui lòng viết nội dung cam kết (tối đa 1.000 ký tự).");
        add(member, "CULTIVATION", " Đọc hết tác phẩm Sửa đổi lối làm việc ").andExpect(redirectedUrl("/me/commitments"));
        add(member, "DIRECTIVE_05", "Tiết kiệm điện, nước ở cơ quan").andExpect(redirectedUrl("/me/commitments"));
        assertThat(jdbc.queryForList("select text from member_commitment where member_id = ? and year = ? order by id",
                String.class, an, year)).containsExactly("Đọc hết tác phẩm Sửa đổi lối làm việc",
                "Tiết kiệm điện, nước ở cơ quan");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'member_commitment'"
                + " and action = 'COMMITMENT_ADD' and member_id = ?", Long.class, an)).isEqualTo(2);

        assertThat(page(member, "/me/self-assessment/" + YearMonth.now())).contains("Cam kết năm " + year,
                "Đọc hết tác phẩm Sửa đổi lối làm việc", "Chỉ thị 05");
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        for (MockHttpSession reader : new MockHttpSession[] {secretary, staff}) {
            assertThat(page(reader, "/members/" + an)).contains("Cam kết năm " + year, "Tiết kiệm điện, nước ở cơ quan");
        }

        long saving = jdbc.queryForObject("select id from member_commitment where member_id = ? and kind = 'DIRECTIVE_05'",
                Long.class, an);
        // Another member (the secretary) cannot remove it: it is not theirs.
        mvc.perform(post("/me/commitments/" + saving + "/delete").session(secretary).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/me/commitments/" + saving + "/delete").session(member).with(csrf()))
                .andExpect(redirectedUrl("/me/commitments"));
        assertThat(jdbc.queryForList("select text from member_commitment where member_id = ?", String.class, an))
                .containsExactly("Đọc hết tác phẩm Sửa đổi lối làm việc");
    }

    @Test
    void onceReviewedTheYearsCommitmentsNoLongerChangeAndStaffWriteNone() throws Exception {
        add(member, "CULTIVATION", "Đọc hết tác phẩm Sửa đổi lối làm việc").andExpect(redirectedUrl("/me/commitments"));
        long id = jdbc.queryForObject("select id from member_commitment where member_id = ?", Long.class, an);
        jdbc.update("update member_commitment set kept = true, reviewed_by = 'bt', reviewed_at = now() where id = ?", id);

        assertThat(page(member, "/me/commitments")).contains("Chi bộ đã kiểm điểm cam kết năm này", "Đã thực hiện")
                .doesNotContain("Thêm cam kết");
        String refused = Browser.text(add(member, "DIRECTIVE_05", "Thêm sau kiểm điểm")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Chi bộ đã kiểm điểm cam kết năm này; không sửa được nữa.");
        mvc.perform(post("/me/commitments/" + id + "/delete").session(member).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from member_commitment where member_id = ?", Long.class, an))
                .isEqualTo(1);

        // Staff have no member of their own: /me/commitments is not theirs to write.
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        add(staff, "CULTIVATION", "Cam kết").andExpect(status().isForbidden());
        mvc.perform(get("/me/commitments").session(staff)).andExpect(status().isForbidden());
    }
}
