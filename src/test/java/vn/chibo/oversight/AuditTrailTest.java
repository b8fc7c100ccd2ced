package vn.chibo.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/**
 * The audit trail read back through the app: a meeting's and a member's "Lịch sử thay đổi" at
 * supervision level (a member sees the changes to their own ratings), {@code /audit} for staff
 * within their subtree and for administrators, its export, and a trail nobody can change.
 */
@ChiboIntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Test
    void aMeetingsAndAMembersChangesAreReadAtSupervisionLevel() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 2, 0);
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        long meeting = meetingWithAttendance(fixture, secretary);
        long member = fixture.fullMembers.get(1);

        String meetingTrail = page(secretary, "/meetings/" + meeting + "/changes");
        assertThat(meetingTrail).contains("Lịch sử thay đổi", "Mở cuộc họp", "Điểm danh", fixture.secretaryLogin,
                "Trần Thị An");
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        assertThat(page(staff, "/meetings/" + meeting + "/changes")).contains("Điểm danh");
        assertThat(page(secretary, "/meetings/" + meeting)).contains("/meetings/" + meeting + "/changes");

        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        MockHttpSession own = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/meetings/" + meeting + "/changes").session(neighbour)).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + meeting + "/changes").session(own)).andExpect(status().isForbidden());

        assertThat(page(secretary, "/members/" + member + "/changes")).contains("Điểm danh");
        assertThat(page(staff, "/members/" + member + "/changes")).contains("Điểm danh");
        mvc.perform(get("/members/" + member + "/changes").session(neighbour)).andExpect(status().isForbidden());
        mvc.perform(get("/members/" + fixture.secretary + "/changes").session(own)).andExpect(status().isForbidden());

        mvc.perform(post("/me/self-assessment/{p}", YearMonth.now()).session(own).with(csrf())
                .param("level", "GOOD").param("text", "Hoàn thành công việc")).andExpect(status().is3xxRedirection());
        String mine = page(own, "/members/" + member + "/changes");
        assertThat(mine).contains("Các thay đổi về xếp loại hằng tháng của đồng chí.", "Tự đánh giá hằng tháng")
                .doesNotContain("Điểm danh");
    }

    @Test
    void staffSearchTheTrailOfTheirSubtreeOnlyAndDownloadIt() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 2, 0);
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        meetingWithAttendance(fixture, secretary);
        BranchFixture elsewhere = new BranchFixture(tree, 1, 0);
        MockHttpSession otherSecretary = Browser.login(mvc, elsewhere.secretaryLogin, BranchFixture.PASSWORD);
        meetingWithAttendance(elsewhere, otherSecretary);
        String branchCode = code(fixture.branch);

        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        String all = page(staff, "/audit");
        assertThat(all).contains("Nhật ký thay đổi", fixture.secretaryLogin).doesNotContain(elsewhere.secretaryLogin);

        String attendanceBySecretary = page(staff, "/audit?kind=attendance&actor=" + fixture.secretaryLogin
                + "&org=" + branchCode);
        assertThat(attendanceBySecretary).contains("Điểm danh").doesNotContain("Mở cuộc họp");
        String ofMember = page(staff, "/audit?member=" + fixture.fullMembers.get(1));
        assertThat(ofMember).contains("Trần Thị An", "Điểm danh");
        assertThat(page(staff, "/audit?from=2026-12-31&to=2026-01-01"))
                .contains("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
        assertThat(page(staff, "/audit?org=KHONG-CO-MA")).contains("Không có tổ chức đảng nào mang mã này.");

        mvc.perform(get("/audit").param("org", code(elsewhere.branch)).session(staff))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").param("member", String.valueOf(elsewhere.secretary)).session(staff))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit.xlsx").param("org", code(elsewhere.province)).session(staff))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(secretary)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD)))
                .andExpect(status().isForbidden());

        MvcResult download = mvc.perform(get("/audit.xlsx").param("org", branchCode).session(staff))
                .andExpect(status().isOk()).andReturn();
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                rows.add(row.getCell(1).getStringCellValue() + " | " + row.getCell(2).getStringCellValue());
            }
        }
        assertThat(rows.get(0)).isEqualTo("Người thực hiện | Nội dung thay đổi");
        assertThat(rows).contains(fixture.secretaryLogin + " | Điểm danh: Điểm danh",
                fixture.secretaryLogin + " | Cuộc họp: Mở cuộc họp");
        assertThat(rows).noneMatch(row -> row.startsWith(elsewhere.secretaryLogin));

        MockHttpSession admin = Browser.login(mvc, "admin");
        assertThat(page(admin, "/audit?org=" + code(elsewhere.branch))).contains(elsewhere.secretaryLogin);
    }

    @Test
    void theTrailCannotBeChangedNorDeletedByTheApplicationsOwnUser() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 1, 0);
        meetingWithAttendance(fixture, Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD));
        long before = tree.jdbc().queryForObject("select count(*) from audit_log", Long.class);
        assertThat(before).isPositive();
        assertThatThrownBy(() -> tree.jdbc().update("update audit_log set details = 'rewritten'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> tree.jdbc().update("delete from audit_log where id = (select max(id) from audit_log)"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> tree.jdbc().execute("truncate audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(tree.jdbc().queryForObject("select count(*) from audit_log", Long.class)).isEqualTo(before);
        assertThat(tree.jdbc().queryForObject("select count(*) from audit_log where details = 'rewritten'",
                Long.class)).isZero();
    }

    /** The secretary opens this month's regular meeting and marks everyone present. */
    private long meetingWithAttendance(BranchFixture fixture, MockHttpSession secretary) throws Exception {
        String planUrl = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + YearMonth.now())
                        .param("kind", "REGULAR").session(secretary).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(planUrl.split("/")[2]);
        String version = String.valueOf(tree.jdbc().queryForObject("select version from meeting where id = ?",
                Long.class, meeting));
        mvc.perform(post("/meetings/" + meeting + "/attendance/all-present").session(secretary).with(csrf())
                .param("version", version)).andExpect(status().is3xxRedirection());
        return meeting;
    }

    private String code(long organization) {
        return tree.jdbc().queryForObject("select code from organization where id = ?", String.class, organization);
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn());
    }
}
