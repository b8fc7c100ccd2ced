package vn.chibo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.RollupCheck;
import vn.chibo.support.TreeBuilder;

/**
 * The roll-ups the province dashboard reads (per organization and month, open tasks by due date,
 * members on the roll, months of unexcused absence by year, members flagged for them) stay equal to a recount from the rows while a
 * month is recorded, finalized, reopened, changed and finalized again through HTTP, and when a
 * member leaves, a branch joins the pilot or moves to another committee, and through the
 * committee's own pages: a new branch, a transfer, an admission in the past, an import, a dissolution.
 */
@ChiboIntegrationTest
class RollupExactnessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Autowired
    JdbcTemplate jdbc;

    BranchFixture fixture;
    YearMonth month = YearMonth.now();
    String path;

    @Test
    void rollUpsStayExactThroughFinalizeReopenAndChange() throws Exception {
        fixture = new BranchFixture(tree, 2, 1);
        path = jdbc.queryForObject("select path from organization where id = ?", String.class, fixture.province);
        assertExact();
        assertThat(figure("members", "organization_roll", "")).isEqualTo(5);

        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        String plan = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + month).param("kind", "REGULAR")
                .session(secretary).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(plan.split("/")[2]);
        assertExact();

        MockHttpServletRequestBuilder planForm = post("/meetings/" + meeting + "/plan").session(secretary).with(csrf())
                .param("version", version(meeting)).param("kind", "REGULAR")
                .param("heldOn", month.atDay(1).toString()).param("startsAt", "08:00").param("endsAt", "10:00")
                .param("location", "Hội trường").param("chairId", String.valueOf(fixture.secretary))
                .param("recorderId", String.valueOf(fixture.fullMembers.get(1)));
        List<Map<String, Object>> items = jdbc.queryForList(
                "select id, title, position from agenda_item where meeting_id = ? order by position", meeting);
        for (int i = 0; i < items.size(); i++) {
            planForm.param("agenda[" + i + "].id", items.get(i).get("id").toString())
                    .param("agenda[" + i + "].title", items.get(i).get("title").toString())
                    .param("agenda[" + i + "].position", items.get(i).get("position").toString());
        }
        mvc.perform(planForm).andExpect(redirectedUrl("/meetings/" + meeting));

        // Two other months of the year without a reason already: this month's absence is the third, the flag.
        long absent = fixture.fullMembers.get(2);
        int step = month.getMonthValue() >= 3 ? -1 : 1;
        for (YearMonth other : List.of(month.plusMonths(step), month.plusMonths(2L * step))) {
            absentWithoutReason(absent, other);
        }
        assertExact();
        assertThat(flagged()).isZero();
        mvc.perform(post("/meetings/" + meeting + "/attendance/all-present").session(secretary).with(csrf())
                .param("version", version(meeting)));
        mvc.perform(post("/meetings/" + meeting + "/attendance").session(secretary).with(csrf())
                        .param("version", version(meeting)).param("marks[" + absent + "].status", "UNEXCUSED"))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertExact();
        assertThat(absences(absent)).isEqualTo(3);
        assertThat(flagged()).isEqualTo(1);
        assertThat(figure("held", "organization_month_summary", month)).isEqualTo(1);

        mvc.perform(post("/meetings/" + meeting + "/tasks").session(secretary).with(csrf())
                        .param("version", version(meeting)).param("assigneeId", String.valueOf(absent))
                        .param("title", "Vận động đóng góp xây nhà văn hóa")
                        .param("dueOn", month.plusMonths(1).atDay(10).toString()))
                .andExpect(redirectedUrl("/meetings/" + meeting + "/tasks"));
        assertExact();
        assertThat(openTasks()).isEqualTo(1);

        mvc.perform(post("/meetings/" + meeting + "/resolution").session(secretary).with(csrf())
                        .param("version", version(meeting)).param("text", "Nghị quyết tháng.")
                        .param("votesFor", "2").param("votesAgainst", "0").param("votesOther", "0"))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        MockHttpServletRequestBuilder ratings = post("/meetings/" + meeting + "/ratings").session(secretary)
                .with(csrf()).param("version", version(meeting));
        for (Long member : fixture.everyone()) {
            ratings.param("proposals[" + member + "].level", member == absent ? "COMPLETED" : "GOOD");
        }
        mvc.perform(ratings).andExpect(redirectedUrl("/meetings/" + meeting));
        mvc.perform(post("/meetings/" + meeting + "/finalize").session(secretary).with(csrf())
                .param("version", version(meeting))).andExpect(redirectedUrl("/meetings/" + meeting));
        assertExact();
        assertThat(figure("finalized", "organization_month_summary", month)).isEqualTo(1);
        assertThat(figure("rated_good", "organization_month_summary", month)).isEqualTo(3);
        assertThat(yearLevels(absent)).isEqualTo("0 0 1 0");

        // District staff reopen: the province no longer counts the month as finalized, nor its levels.
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        mvc.perform(post("/meetings/" + meeting + "/reopen").session(staff).with(csrf())
                .param("reason", "Sửa điểm danh")).andExpect(redirectedUrl("/meetings/" + meeting));
        assertExact();
        assertThat(figure("finalized", "organization_month_summary", month)).isZero();
        assertThat(figure("held", "organization_month_summary", month)).isEqualTo(1);
        assertThat(figure("rated_good", "organization_month_summary", month)).isZero();
        assertThat(yearLevels(absent)).isEqualTo("0 0 0 0");

        // The absence was excused after all; the task was done.
        mvc.perform(post("/meetings/" + meeting + "/attendance").session(secretary).with(csrf())
                        .param("version", version(meeting)).param("marks[" + absent + "].status", "EXCUSED")
                        .param("marks[" + absent + "].reason", "Đi biển"))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        jdbc.update("update task set result = 'DONE_ON_TIME' where assignee_id = ?", absent);
        assertExact();
        assertThat(absences(absent)).isEqualTo(2);
        assertThat(flagged()).isZero();
        assertThat(openTasks()).isZero();

        MockHttpServletRequestBuilder again = post("/meetings/" + meeting + "/ratings").session(secretary)
                .with(csrf()).param("version", version(meeting));
        for (Long member : fixture.everyone()) {
            again.param("proposals[" + member + "].level", "GOOD");
        }
        mvc.perform(again).andExpect(redirectedUrl("/meetings/" + meeting));
        mvc.perform(post("/meetings/" + meeting + "/finalize").session(secretary).with(csrf())
                .param("version", version(meeting))).andExpect(redirectedUrl("/meetings/" + meeting));
        assertExact();
        assertThat(figure("finalized", "organization_month_summary", month)).isEqualTo(1);
        assertThat(figure("rated_good", "organization_month_summary", month)).isEqualTo(4);
        assertThat(yearLevels(absent)).isEqualTo("0 1 0 0");

        // A rating moved to another year, to another member, then removed: the year counts follow it.
        long rating = jdbc.queryForObject("select id from monthly_rating where member_id = ? and period = ?", Long.class,
                absent, Date.valueOf(month.atDay(1)));
        jdbc.update("update monthly_rating set period = ? where id = ?", Date.valueOf(month.minusYears(3).atDay(1)), rating);
        refreshBranch();
        assertExact();
        assertThat(yearLevels(absent)).isEqualTo("0 0 0 0");
        long probationary = fixture.probationaryMembers.get(0);
        jdbc.update("update monthly_rating set member_id = ?, final_level = 'EXCELLENT' where id = ?", probationary, rating);
        refreshBranch();
        assertExact();
        jdbc.update("delete from monthly_rating where id = ?", rating);
        refreshBranch();
        assertExact();

        // A member leaves; the branch joins the pilot; the neighbour moves under another province.
        jdbc.update("update member set left_on = current_date where id = ?", fixture.probationaryMembers.get(0));
        tree.historyFromRow(fixture.probationaryMembers.get(0));
        assertExact();
        assertThat(figure("members", "organization_roll", "")).isEqualTo(4);
        jdbc.update("insert into pilot_enrollment (branch_id, enrolled_on, plan_reference, status)"
                + " values (?, current_date, 'KH thử', 'ENROLLED')", fixture.branch);
        assertExact();
        assertThat(jdbc.queryForObject("select pilot from organization_month_summary where organization_id = ?"
                + " and period = ? and held > 0", Boolean.class, fixture.province, Date.valueOf(month.atDay(1)))).isTrue();
        long other = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh ủy khác"));
        jdbc.update("update organization set parent_id = ? where id = ?", other, fixture.neighbour);
        assertExact();
        assertThat(RollupCheck.differences(jdbc,
                jdbc.queryForObject("select path from organization where id = ?", String.class, other))).isEmpty();
        assertThat(figure("members", "organization_roll", "")).isEqualTo(3);

        // The committee's own changes through their pages: a new branch, a transfer into it in a
        // month already recorded (of the flagged member: their flags of every year move with them), a member
        // admitted two months ago, a file imported, a dissolution.
        String code = TreeBuilder.unique("moi");
        String created = mvc.perform(post("/organizations/" + fixture.province + "/children").session(staff).with(csrf())
                .param("kind", "BRANCH").param("branchKind", "GRASSROOTS").param("name", "Chi bộ mới lập")
                .param("code", code)).andReturn().getResponse().getRedirectedUrl();
        long newBranch = Long.parseLong(created.replace("/organizations/", ""));
        assertExact();
        absentWithoutReason(absent, month.minusYears(1));
        mvc.perform(post("/members/" + absent + "/history").session(staff).with(csrf())
                .param("kind", "TRANSFERRED").param("occurredOn", month.atDay(1).toString()).param("branchCode", code))
                .andExpect(redirectedUrl("/members/" + absent + "/history"));
        assertExact();
        assertThat(jdbc.queryForList("select branch_id from member_year_flag where member_id = ? order by year",
                Long.class, absent)).containsExactly(newBranch, newBranch);
        mvc.perform(post("/branches/" + fixture.branch + "/members").session(staff).with(csrf())
                .param("arrival", "ADMITTED").param("fullName", "Hà Văn Kết Nạp").param("gender", "MALE")
                .param("admittedOn", month.minusMonths(2).atDay(3).toString()));
        assertExact();
        String csv = "Họ và tên,Giới tính,Ngày vào Đảng,Mã chi bộ\nTô Thị Nhập,Nữ,01/02/2003," + code + "\n";
        String job = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/organizations/" + fixture.province + "/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "ds.csv", "text/csv",
                                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .session(staff).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        awaitImport(staff, job, "Kết quả kiểm tra");
        mvc.perform(post(job + "/confirm").session(staff).with(csrf()));
        awaitImport(staff, job, "Đã nhập xong");
        assertExact();
        long empty = tree.branch(fixture.province, "Chi bộ không còn ai");
        mvc.perform(post("/organizations/" + empty + "/dissolve").session(staff).with(csrf())
                .param("dissolvedOn", java.time.LocalDate.now().toString()));
        assertExact();
        assertThat(jdbc.queryForObject("select count(*) from member where branch_id = ?", Long.class, newBranch))
                .isEqualTo(2);

        // The check itself notices a figure that is off by one.
        jdbc.update("update organization_roll set members = members + 1 where organization_id = ?", fixture.province);
        assertThat(RollupCheck.differences(jdbc, path)).containsOnlyKeys("organization_roll");
        jdbc.update("update organization_roll set members = members - 1 where organization_id = ?", fixture.province);
        jdbc.update("update organization_roll set open_tasks = open_tasks + 1 where organization_id = ?", fixture.province);
        assertThat(RollupCheck.differences(jdbc, path)).containsOnlyKeys("organization_roll.open_tasks");
        jdbc.update("update organization_roll set open_tasks = open_tasks - 1 where organization_id = ?", fixture.province);
        jdbc.update("update member_year_rating set good = good + 1 where member_id = ?", fixture.secretary);
        assertThat(RollupCheck.differences(jdbc, path)).containsOnlyKeys("member_year_rating");
        jdbc.update("update member_year_rating set good = good - 1 where member_id = ?", fixture.secretary);
        assertThat(jdbc.update("update organization_flag_month set members = members + 1 where organization_id = ?"
                + " and kind = 'ABSENT' and k = 1", fixture.province)).isPositive();
        assertThat(RollupCheck.differences(jdbc, path)).containsOnlyKeys("organization_flag_month");
    }

    /** Waits for an import job's page to say so. */
    private void awaitImport(MockHttpSession session, String job, String text) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (Browser.text(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(job)
                    .session(session)).andReturn()).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never said: " + text);
    }

    /** A held meeting of the branch in that month, the member absent without a reason, the month recounted. */
    private void absentWithoutReason(long member, YearMonth other) {
        long earlier = jdbc.queryForObject("insert into meeting (branch_id, period, kind, status, held_on)"
                + " values (?, ?, 'REGULAR', 'HELD', ?) returning id", Long.class, fixture.branch,
                Date.valueOf(other.atDay(1)), Date.valueOf(other.atDay(5)));
        jdbc.update("insert into attendance (meeting_id, member_id, status) values (?, ?, 'UNEXCUSED')", earlier, member);
        jdbc.queryForObject("select refresh_branch_month_summary(array[?]::bigint[], ?, ?)", Integer.class,
                fixture.branch, Date.valueOf(other.atDay(1)), Date.valueOf(other.atDay(1)));
    }

    /** The branch's months recounted, as the app does after its own changes. */
    private void refreshBranch() {
        jdbc.queryForObject("select refresh_branch_month_summary(array[?]::bigint[], '-infinity', 'infinity')",
                Integer.class, fixture.branch);
    }

    /** The member's months of this year at each level, best first, from {@code member_year_rating}. */
    private String yearLevels(long member) {
        return jdbc.queryForList("select excellent || ' ' || good || ' ' || completed || ' ' || not_completed"
                + " from member_year_rating where member_id = ? and year = ?", String.class, member, month.getYear())
                .stream().findFirst().orElse("0 0 0 0");
    }

        private void assertExact() {
        assertThat(RollupCheck.differences(jdbc, path)).isEmpty();
    }

    private long figure(String column, String table, Object period) {
        String sql = "select coalesce(sum(" + column + "), 0) from " + table + " where organization_id = ?";
        return period instanceof YearMonth m
                ? jdbc.queryForObject(sql + " and period = ?", Long.class, fixture.province, Date.valueOf(m.atDay(1)))
                : jdbc.queryForObject(sql, Long.class, fixture.province);
    }

    private long absences(long member) {
        return jdbc.queryForObject("select coalesce(sum(absent_count), 0) from member_year_flag where member_id = ?",
                Long.class, member);
    }

    /** Members of the province flagged for unexcused absences this year (member_year_flag). */
    private long flagged() {
        return jdbc.queryForObject("select count(*) from member_year_flag u join member m on m.id = u.member_id"
                + " join organization b on b.id = m.branch_id"
                + " where u.year = ? and u.absent_count >= 3 and in_subtree(b.path, ?)", Long.class, month.getYear(),
                path);
    }

    /** Open tasks of the province, by due date (organization_open_task) and in all (organization_roll), which agree. */
    private long openTasks() {
        long byDueDate = jdbc.queryForObject("select coalesce(sum(open_tasks), 0) from organization_open_task"
                + " where organization_id = ?", Long.class, fixture.province);
        assertThat(figure("open_tasks", "organization_roll", "")).isEqualTo(byDueDate);
        return byDueDate;
    }

    private String version(long meeting) {
        return String.valueOf(jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting));
    }
}
