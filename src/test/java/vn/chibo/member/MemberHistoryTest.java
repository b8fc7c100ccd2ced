package vn.chibo.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.RollupCheck;
import vn.chibo.support.TreeBuilder;

/**
 * A member's party life through the pages, as the committee above records it: each change by who
 * may, refused to who may not, the roll of each month following the history, and nothing written
 * when a form is refused.
 */
@ChiboIntegrationTest
class MemberHistoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    JdbcTemplate jdbc;
    BranchFixture fixture;
    MockHttpSession staff;
    LocalDate today = LocalDate.now();
    YearMonth month = YearMonth.now();

    @BeforeEach
    void aBranchAndItsCommittee() throws Exception {
        jdbc = tree.jdbc();
        fixture = new BranchFixture(tree, 3, 1);
        staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
    }

    private MockHttpServletRequestBuilder event(long member, String kind, LocalDate on) {
        return post("/members/" + member + "/history").with(csrf()).param("kind", kind)
                .param("occurredOn", on.toString()).param("decisionNumber", "15-QĐ/ĐU");
    }

    private List<Long> roll(long branch, YearMonth period) {
        return jdbc.queryForList("select id from month_roll(?, ?) order by id", Long.class, branch,
                Date.valueOf(period.atDay(1)));
    }

    private long events(long member) {
        return jdbc.queryForObject("select count(*) from member_event where member_id = ?", Long.class, member);
    }

    /** The note as the form shows it again. */
    private static String note(MvcResult page) throws Exception {
        return Jsoup.parse(page.getResponse().getContentAsString()).select("#note").text();
    }

    private String code(long organization) {
        return jdbc.queryForObject("select code from organization where id = ?", String.class, organization);
    }

    @Test
    void aTransferMovesTheRollFromItsMonthAndKeepsThePastWhereItHappened() throws Exception {
        long moving = fixture.fullMembers.get(2);
        long past = jdbc.queryForObject("""
                insert into meeting (branch_id, period, kind, status) values (?, ?, 'REGULAR', 'HELD') returning id""",
                Long.class, fixture.branch, Date.valueOf(month.minusMonths(1).atDay(1)));
        jdbc.update("insert into attendance (meeting_id, member_id, status) values (?, ?, 'PRESENT')", past, moving);
        jdbc.queryForObject("select refresh_branch_month_summary(array[?]::bigint[], ?, ?)", Integer.class,
                fixture.branch, Date.valueOf(month.minusMonths(1).atDay(1)), Date.valueOf(month.minusMonths(1).atDay(1)));

        mvc.perform(event(moving, "TRANSFERRED", today).session(staff).param("branchCode", code(fixture.neighbour)))
                .andExpect(redirectedUrl("/members/" + moving + "/history"));

        assertThat(roll(fixture.branch, month.minusMonths(1))).contains(moving);
        assertThat(roll(fixture.branch, month)).doesNotContain(moving);
        assertThat(roll(fixture.neighbour, month)).contains(moving);
        assertThat(roll(fixture.neighbour, month.minusMonths(1))).doesNotContain(moving);
        assertThat(jdbc.queryForObject("select branch_id from member where id = ?", Long.class, moving))
                .isEqualTo(fixture.neighbour);
        assertThat(jdbc.queryForObject("select count(*) from attendance where meeting_id = ? and member_id = ?",
                Long.class, past, moving)).isOne();
        String history = Browser.text(mvc.perform(get("/members/" + moving + "/history").session(staff)).andReturn());
        assertThat(history).contains("Chuyển sinh hoạt sang chi bộ khác", "15-QĐ/ĐU", "Chi bộ thử", "Chi bộ bên cạnh");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'member' and entity_id = ?"
                + " and action = 'TRANSFERRED'", Long.class, moving)).isOne();
        String province = jdbc.queryForObject("select path from organization where id = ?", String.class,
                fixture.province);
        assertThat(RollupCheck.differences(jdbc, province)).isEmpty();
    }

    @Test
    void aChangeTouchingAFinalizedMonthIsAllowedAndItsMeetingSaysTheRollDiffers() throws Exception {
        YearMonth last = month.minusMonths(1);
        long finalized = jdbc.queryForObject("""
                insert into meeting (branch_id, period, kind, status, finalized_at, finalized_by)
                values (?, ?, 'REGULAR', 'FINALIZED', now(), 'bt') returning id""", Long.class, fixture.branch,
                Date.valueOf(last.atDay(1)));
        for (long member : fixture.everyone()) {
            jdbc.update("insert into attendance (meeting_id, member_id, status) values (?, ?, 'PRESENT')", finalized,
                    member);
        }
        String before = Browser.text(mvc.perform(get("/meetings/" + finalized).session(staff)).andReturn());
        assertThat(before).doesNotContain("khác với biên bản");

        long moving = fixture.fullMembers.get(2);
        mvc.perform(event(moving, "TRANSFERRED", last.atDay(1)).session(staff).param("branchCode", code(fixture.neighbour)))
                .andExpect(status().is3xxRedirection());
        String after = Browser.text(mvc.perform(get("/meetings/" + finalized).session(staff)).andReturn());
        assertThat(after).contains("danh sách đảng viên của tháng nay khác với biên bản (1 đồng chí có trong biên bản");
        assertThat(jdbc.queryForObject("select count(*) from attendance where meeting_id = ?", Long.class, finalized))
                .isEqualTo(fixture.everyone().size());
    }

    @Test
    void aSecretaryMayNotChangeAMembersPartyStatusNorStaffOutsideTheirSubtree() throws Exception {
        long member = fixture.fullMembers.get(2);
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(event(member, "TRANSFERRED", today).session(secretary).param("branchCode", code(fixture.neighbour)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/members/" + member + "/history/new").param("kind", "DIED").session(secretary))
                .andExpect(status().isForbidden());
        String history = Browser.text(mvc.perform(get("/members/" + member + "/history").session(secretary)).andReturn());
        assertThat(history).doesNotContain("Ghi nhận thay đổi");

        long elsewhere = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh khác"));
        String outsider = TreeBuilder.unique("cbk");
        tree.account(outsider, BranchFixture.PASSWORD, null, elsewhere, "DISTRICT_STAFF");
        MockHttpSession other = Browser.login(mvc, outsider, BranchFixture.PASSWORD);
        mvc.perform(event(member, "DIED", today).session(other)).andExpect(status().isForbidden());

        // Staff of this province may not move a member into a branch of another province.
        long foreign = tree.branch(elsewhere, TreeBuilder.unique("Chi bộ ngoài"));
        MvcResult refused = mvc.perform(event(member, "TRANSFERRED", today).session(staff)
                .param("branchCode", code(foreign)).param("note", "Ghi chú giữ lại")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(refused)).contains("không thuộc phạm vi quản lý của đồng chí");
        assertThat(note(refused)).isEqualTo("Ghi chú giữ lại");
        assertThat(events(member)).isEqualTo(2); // admitted and recognized, nothing more
        assertThat(jdbc.queryForObject("select branch_id from member where id = ?", Long.class, member))
                .isEqualTo(fixture.branch);
    }

    @Test
    void aSecretaryAddsAMemberWhoIsOnThisMonthsRollAndOthersMayNot() throws Exception {
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        MvcResult added = mvc.perform(post("/branches/" + fixture.branch + "/members").session(secretary).with(csrf())
                .param("arrival", "ADMITTED").param("fullName", "Trịnh Văn Mới").param("gender", "MALE")
                .param("birthDate", "1995-04-02").param("partyCardNumber", TreeBuilder.unique("9"))
                .param("admittedOn", today.toString()).param("decisionNumber", "120-QĐ/ĐU"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(added.getResponse().getRedirectedUrl().replace("/members/", ""));
        assertThat(roll(fixture.branch, month)).contains(id);
        assertThat(jdbc.queryForObject("select status from member where id = ?", String.class, id))
                .isEqualTo("PROBATIONARY");
        assertThat(Browser.text(mvc.perform(get("/branches/" + fixture.branch).session(secretary)).andReturn()))
                .contains("Trịnh Văn Mới");

        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/branches/" + fixture.branch + "/members/new").session(member)).andExpect(status().isForbidden());
        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(post("/branches/" + fixture.branch + "/members").session(neighbour).with(csrf())
                        .param("arrival", "ADMITTED").param("fullName", "Người Lạ").param("gender", "MALE")
                        .param("admittedOn", today.toString()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from member where full_name = 'Người Lạ'", Long.class)).isZero();
    }

    @Test
    void badInputComesBackWithItsMessageAndNothingIsWritten() throws Exception {
        long member = fixture.fullMembers.get(1);
        MvcResult future = mvc.perform(event(member, "DIED", today.plusDays(3)).session(staff)
                .param("note", "Đã báo tin")).andReturn();
        assertThat(future.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(future)).contains("Ngày này chưa đến");
        assertThat(note(future)).isEqualTo("Đã báo tin");
        MvcResult noDate = mvc.perform(post("/members/" + member + "/history").session(staff).with(csrf())
                .param("kind", "DIED").param("occurredOn", "")).andReturn();
        assertThat(noDate.getResponse().getStatus()).isEqualTo(422);
        mvc.perform(get("/members/" + member + "/history/new").param("kind", "NOT_A_KIND").session(staff))
                .andExpect(status().isBadRequest());
        // A card number already held by someone else.
        jdbc.update("update member set party_card_number = ? where id = ?", "CARD-" + member, member);
        MvcResult taken = mvc.perform(post("/branches/" + fixture.branch + "/members").session(staff).with(csrf())
                .param("arrival", "ADMITTED").param("fullName", "Trùng Thẻ").param("gender", "FEMALE")
                .param("partyCardNumber", "CARD-" + member).param("admittedOn", today.toString())).andReturn();
        assertThat(taken.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(taken)).contains("đã thuộc về một đảng viên khác");
        assertThat(events(member)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from member where full_name = 'Trùng Thẻ'", Long.class)).isZero();
    }

    @Test
    void recognitionBeforeTwelveMonthsAsksForConfirmation() throws Exception {
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        MvcResult added = mvc.perform(post("/branches/" + fixture.branch + "/members").session(secretary).with(csrf())
                .param("arrival", "ADMITTED").param("fullName", "Lý Thị Dự Bị").param("gender", "FEMALE")
                .param("admittedOn", today.minusMonths(6).toString())).andReturn();
        long id = Long.parseLong(added.getResponse().getRedirectedUrl().replace("/members/", ""));
        MvcResult warned = mvc.perform(event(id, "RECOGNIZED_FULL", today).session(staff)).andReturn();
        assertThat(warned.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(warned)).contains("Chưa đủ 12 tháng kể từ ngày vào Đảng");
        mvc.perform(event(id, "RECOGNIZED_FULL", today).param("confirmEarly", "true").session(staff))
                .andExpect(redirectedUrl("/members/" + id + "/history"));
        assertThat(jdbc.queryForObject("select status from member where id = ?", String.class, id)).isEqualTo("FULL");
    }

    @Test
    void aMemberWhoDiesLeavesTheRollAfterThatMonthAndTheirAccountCloses() throws Exception {
        long member = fixture.fullMembers.get(1);
        MockHttpSession own = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/me").session(own)).andExpect(status().isOk());
        mvc.perform(event(member, "DIED", today).session(staff)).andExpect(status().is3xxRedirection());
        assertThat(roll(fixture.branch, month)).contains(member);
        assertThat(roll(fixture.branch, month.plusMonths(1))).doesNotContain(member);
        assertThat(jdbc.queryForObject("select enabled from account where member_id = ?", Boolean.class, member))
                .isFalse();
        mvc.perform(get("/me").session(own)).andExpect(redirectedUrl("/login?ended"));
        // The member's page says why they left.
        assertThat(Browser.text(mvc.perform(get("/members/" + member).session(staff)).andReturn()))
                .contains("Đã từ trần ngày " + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        // Nothing more is recorded for someone who left.
        MvcResult again = mvc.perform(event(member, "EXEMPTED", today).session(staff)).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void aNewSecretaryHasTheRightsAtOnceAndThePreviousOneStepsDown() throws Exception {
        long chosen = fixture.fullMembers.get(1);
        MockHttpSession previous = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        MockHttpSession next = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/branches/" + fixture.branch).session(previous)).andExpect(status().isOk());
        mvc.perform(get("/branches/" + fixture.branch).session(next)).andExpect(status().isForbidden());

        mvc.perform(event(chosen, "ROLE_CHANGED", today).param("role", "SECRETARY").session(staff))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/branches/" + fixture.branch).session(next)).andExpect(status().isOk());
        mvc.perform(get("/branches/" + fixture.branch).session(previous)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select branch_role from member where id = ?", String.class, fixture.secretary))
                .isEqualTo("MEMBER");
    }

    @Test
    void aMemberReadsTheirOwnHistoryOnlyAndASecretaryKeepsTheEverydayDetails() throws Exception {
        MockHttpSession own = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        long me = fixture.fullMembers.get(1);
        assertThat(Browser.text(mvc.perform(get("/members/" + me + "/history").session(own)).andReturn()))
                .contains("Kết nạp", "Chi bộ thử");
        mvc.perform(get("/members/" + fixture.secretary + "/history").session(own)).andExpect(status().isForbidden());
        mvc.perform(get("/members/" + me + "/details").session(own)).andExpect(status().isForbidden());

        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(post("/members/" + me + "/details").session(secretary).with(csrf())
                        .param("fullName", "Tên Bị Đổi").param("gender", "FEMALE").param("jobTitle", "Kế toán")
                        .param("phone", "0912345678").param("email", "an@example.vn"))
                .andExpect(redirectedUrl("/members/" + me));
        var row = jdbc.queryForMap("select full_name, job_title, phone from member where id = ?", me);
        assertThat(row).containsEntry("full_name", "Trần Thị An").containsEntry("job_title", "Kế toán")
                .containsEntry("phone", "0912345678");
        MvcResult badEmail = mvc.perform(post("/members/" + me + "/details").session(secretary).with(csrf())
                .param("fullName", "Trần Thị An").param("gender", "MALE").param("email", "không-phải-thư")).andReturn();
        assertThat(badEmail.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(badEmail)).contains("Địa chỉ thư điện tử không hợp lệ");
    }

    @Test
    void anExpulsionIsADisciplineThatEndsTheMembership() throws Exception {
        long member = fixture.fullMembers.get(3);
        mvc.perform(post("/members/" + member + "/discipline").session(staff).with(csrf()).param("form", "EXPULSION")
                        .param("decidingBody", "Ban Thường vụ Đảng ủy").param("decisionNumber", "09-QĐ/ĐU")
                        .param("decidedOn", today.toString()).param("reason", "Vi phạm nghiêm trọng"))
                .andExpect(redirectedUrl("/members/" + member + "/history"));
        assertThat(jdbc.queryForObject("select left_on from member where id = ?", LocalDate.class, member))
                .isEqualTo(today);
        assertThat(Browser.text(mvc.perform(get("/members/" + member + "/history").session(staff)).andReturn()))
                .contains("Khai trừ", "Ban Thường vụ Đảng ủy", "09-QĐ/ĐU");
    }
}
