package vn.chibo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

/** The dashboard's figures equal the same figures counted directly from the rows. */
@ChiboIntegrationTest
class DashboardFiguresTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TreeBuilder tree;

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void demoDistrictFiguresEqualCountsFromTheRows() {
        as("huyenuy");
        YearMonth month = YearMonth.now().minusMonths(1);
        Date period = Date.valueOf(month.atDay(1));
        MonthFigures figures = dashboards.dashboard(null, month).month();
        String regular = """
                from meeting m join organization b on b.id = m.branch_id
                where b.path like '/1/%' and m.period = ? and m.kind in ('REGULAR', 'COMBINED')""";

        assertThat(figures.branches()).isEqualTo(count("select count(*) from organization where kind = 'BRANCH' and path like '/1/%'"));
        assertThat(figures.held()).isEqualTo(count("select count(*) " + regular + " and m.status in ('HELD', 'FINALIZED')", period));
        assertThat(figures.finalized()).isEqualTo(count("select count(*) " + regular + " and m.status = 'FINALIZED'", period));
        assertThat(figures.present()).isEqualTo(count("select count(*) from attendance a join meeting m on m.id = a.meeting_id"
                + " join organization b on b.id = m.branch_id where b.path like '/1/%' and m.period = ?"
                + " and m.kind in ('REGULAR', 'COMBINED') and a.status = 'PRESENT'", period));
        assertThat(figures.expected()).isEqualTo(count("select count(*) from attendance a join meeting m on m.id = a.meeting_id"
                + " join organization b on b.id = m.branch_id where b.path like '/1/%' and m.period = ?"
                + " and m.kind in ('REGULAR', 'COMBINED') and a.status <> 'EXEMPT'", period));
        assertThat(figures.qualityGood()).isEqualTo(count("select count(*) " + regular + " and m.quality_score >= 90", period));
        assertThat(figures.qualityPoor()).isEqualTo(count("select count(*) " + regular + " and m.quality_score < 50", period));
        for (String level : List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED")) {
            long direct = count("select count(*) from monthly_rating r join organization b on b.id = r.branch_id"
                    + " where b.path like '/1/%' and r.period = ? and r.final_level = ?", period, level);
            long shown = switch (level) {
                case "EXCELLENT" -> figures.excellent();
                case "GOOD" -> figures.good();
                case "COMPLETED" -> figures.completed();
                default -> figures.notCompleted();
            };
            assertThat(shown).as(level).isEqualTo(direct);
        }
        assertThat(figures.held()).isPositive();
    }

    @Test
    void aHandBuiltTreeGivesTheKnownAnswers() {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh ủy số liệu"));
        long communeA = tree.committee(province, "COMMUNE_COMMITTEE", "Đảng ủy xã A");
        long communeB = tree.committee(province, "COMMUNE_COMMITTEE", "Đảng ủy xã B");
        long pilot = tree.branch(communeA, "Chi bộ điểm A1");
        long late = tree.branch(communeA, "Chi bộ A2");
        long silent = tree.branch(communeB, "Chi bộ B1");
        jdbc.update("insert into pilot_enrollment (branch_id, enrolled_on, plan_reference, status) values (?, date '2017-08-15', '64-KH/HU', 'ENROLLED')", pilot);
        long p1 = tree.member(pilot, "Nguyễn Văn Một", "FULL", "SECRETARY");
        long p2 = tree.member(pilot, "Trần Thị Hai", "FULL", "MEMBER");
        long p3 = tree.member(pilot, "Lê Văn Ba", "FULL", "MEMBER");
        jdbc.update("update member set exempt = true where id = ?", p3);
        tree.historyFromRow(p3);
        long l1 = tree.member(late, "Phạm Văn Bốn", "FULL", "SECRETARY");
        long l2 = tree.member(late, "Hoàng Thị Năm", "FULL", "MEMBER");
        tree.member(silent, "Vũ Văn Sáu", "FULL", "SECRETARY");
        tree.member(silent, "Đỗ Thị Bảy", "FULL", "MEMBER");

        long m1 = meeting(pilot, "2025-03-01", "FINALIZED", "2025-03-05", 92);
        long m2 = meeting(late, "2025-03-01", "HELD", "2025-03-20", 65);
        mark(m1, p1, "PRESENT");
        mark(m1, p2, "PRESENT");
        mark(m1, p3, "EXEMPT");
        mark(m2, l1, "PRESENT");
        mark(m2, l2, "UNEXCUSED");
        mark(meeting(late, "2025-01-01", "FINALIZED", "2025-01-08", null), l2, "UNEXCUSED");
        mark(meeting(late, "2025-02-01", "FINALIZED", "2025-02-08", null), l2, "UNEXCUSED");
        rating(p1, pilot, "EXCELLENT");
        rating(p2, pilot, "GOOD");
        rating(l2, late, "NOT_COMPLETED");
        jdbc.queryForObject("select refresh_branch_month_summary(array[?, ?, ?]::bigint[], date '2025-01-01', date '2025-03-01')",
                Integer.class, pilot, late, silent);

        String login = TreeBuilder.unique("tinh");
        tree.account(login, "mat-khau", null, province, "DISTRICT_STAFF");
        as(login);
        DashboardPage page = dashboards.dashboard(province, YearMonth.of(2025, 3));
        MonthFigures m = page.month();
        assertThat(m.branches()).isEqualTo(3);
        assertThat(m.held()).isEqualTo(2);
        assertThat(m.finalized()).isEqualTo(1);
        assertThat(m.late()).isEqualTo(1);
        assertThat(m.missing()).isEqualTo(1);
        assertThat(m.present()).isEqualTo(3);
        assertThat(m.expected()).isEqualTo(4);
        assertThat(m.attendancePercent()).isEqualTo(75);
        assertThat(m.qualityGood()).isEqualTo(1);
        assertThat(m.qualityAverage()).isEqualTo(1);
        assertThat(m.excellent()).isEqualTo(1);
        assertThat(m.good()).isEqualTo(1);
        assertThat(m.notCompleted()).isEqualTo(1);

        DashboardPage.MonthRow march = page.months().get(page.months().size() - 1);
        assertThat(march.pilot().heldPercent()).isEqualTo(100);
        assertThat(march.other().heldPercent()).isEqualTo(50);
        assertThat(march.other().branches()).isEqualTo(2);

        assertThat(page.grid().getContent()).extracting(DashboardPage.GridRow::name).containsExactly("Đảng ủy xã A", "Đảng ủy xã B");
        GridCell a = page.grid().getContent().get(0).cells().get(page.grid().getContent().get(0).cells().size() - 1).figures();
        assertThat(a.branches()).isEqualTo(2);
        assertThat(a.held()).isEqualTo(2);
        assertThat(page.grid().getContent().get(1).cells().get(11).figures().held()).isZero();

        assertThat(page.unexcusedFlags()).extracting(Attention.FlaggedMember::fullName).containsExactly("Hoàng Thị Năm");
        assertThat(page.notCompleted()).extracting(Attention.MemberNotCompleted::fullName).containsExactly("Hoàng Thị Năm");
        assertThat(page.notFinalized()).extracting(Attention.BranchNotFinalized::name).containsExactly("Chi bộ A2", "Chi bộ B1");
    }

    @Test
    void theOverdueListShowsTheOldestOpenTasksOfAllTheBranchesUnderTheNode() {
        long commune = tree.committee(null, "COMMUNE_COMMITTEE", TreeBuilder.unique("Đảng ủy xã quá hạn"));
        long busy = tree.branch(commune, "Chi bộ nhiều việc");
        long quiet = tree.branch(commune, "Chi bộ ít việc");
        long elsewhere = tree.branch(tree.committee(null, "COMMUNE_COMMITTEE", TreeBuilder.unique("Xã khác")), "Chi bộ khác");
        long a = tree.member(busy, "Lê Văn Một", "FULL", "MEMBER");
        long b = tree.member(quiet, "Phan Thị Hai", "FULL", "MEMBER");
        long c = tree.member(elsewhere, "Vũ Văn Ba", "FULL", "MEMBER");
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 25; i++) {
            task(a, busy, today.minusDays(10 + i), "IN_PROGRESS");
        }
        long oldest = task(b, quiet, today.minusDays(100), "NOT_STARTED");
        task(b, quiet, today.minusDays(200), "DONE_ON_TIME");
        task(b, quiet, today.plusDays(5), "NOT_STARTED");
        task(c, elsewhere, today.minusDays(300), "NOT_STARTED");
        String login = TreeBuilder.unique("xaquahan");
        tree.account(login, "mat-khau", null, commune, "DISTRICT_STAFF");
        as(login);

        List<Attention.OverdueTask> shown = dashboards.dashboard(commune, YearMonth.now().minusMonths(1), 0).overdueTasks();

        List<Long> expected = jdbc.queryForList("""
                select t.id from task t join organization b on b.id = t.branch_id
                 where b.parent_id = ? and t.result in ('NOT_STARTED', 'IN_PROGRESS') and t.due_on < current_date
                 order by t.due_on, t.id limit ?""", Long.class, commune, DashboardService.LIST_LIMIT);
        assertThat(shown).extracting(Attention.OverdueTask::id).containsExactlyElementsOf(expected);
        assertThat(shown).hasSize(DashboardService.LIST_LIMIT);
        assertThat(shown.get(0).id()).isEqualTo(oldest);
        assertThat(shown.get(0).fullName()).isEqualTo("Phan Thị Hai");
        assertThat(shown.get(0).branchName()).isEqualTo("Chi bộ ít việc");
    }

    private long task(long member, long branch, LocalDate dueOn, String result) {
        return jdbc.queryForObject("""
                insert into task (assignee_id, branch_id, period, cadence, source, kind, title, due_on, result)
                values (?, ?, ?, 'MONTHLY', 'RESOLUTION', 'PARTY', 'Việc', ?, ?) returning id""", Long.class,
                member, branch, Date.valueOf(dueOn.withDayOfMonth(1)), Date.valueOf(dueOn), result);
    }

    private long meeting(long branch, String period, String status, String heldOn, Integer quality) {
        return jdbc.queryForObject("""
                insert into meeting (branch_id, period, kind, status, held_on, quality_preparation, quality_attendance,
                                     quality_conduct, quality_closing, finalized_at)
                values (?, cast(? as date), 'REGULAR', ?, cast(? as date), ?, 0, 0, 0,
                        case when ? = 'FINALIZED' then now() end) returning id""",
                Long.class, branch, period, status, heldOn, quality, status);
    }

    private void mark(long meeting, long member, String status) {
        jdbc.update("insert into attendance (meeting_id, member_id, status) values (?, ?, ?)", meeting, member, status);
    }

    private void rating(long member, long branch, String level) {
        jdbc.update("""
                insert into monthly_rating (member_id, branch_id, period, proposed_level, final_level, decided_at)
                values (?, ?, date '2025-03-01', ?, ?, now())""", member, branch, level, level);
    }

    @Test
    void aLongGridComesInPagesOfThirtyRows() {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh ủy nhiều xã"));
        for (int i = 1; i <= 31; i++) {
            tree.committee(province, "COMMUNE_COMMITTEE", String.format("Đảng ủy xã %02d", i));
        }
        String login = TreeBuilder.unique("tinhnhieu");
        tree.account(login, "mat-khau", null, province, "DISTRICT_STAFF");
        as(login);
        DashboardPage first = dashboards.dashboard(province, YearMonth.of(2025, 3), 0);
        assertThat(first.grid().getContent()).hasSize(30);
        assertThat(first.grid().getTotalPages()).isEqualTo(2);
        assertThat(first.grid().getContent().get(0).name()).isEqualTo("Đảng ủy xã 01");
        DashboardPage second = dashboards.dashboard(province, YearMonth.of(2025, 3), 1);
        assertThat(second.grid().getContent()).extracting(DashboardPage.GridRow::name).containsExactly("Đảng ủy xã 31");
        assertThat(second.grid().getContent().get(0).cells()).hasSize(12);
        assertThat(dashboards.dashboard(province, YearMonth.of(2025, 3), 5).grid().getContent()).isEmpty();
    }

    @Test
    void aNodeWithManyBranchesCountsWhatNeedsAttentionPerUnit() throws Exception {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh ủy lớn"));
        long communeA = tree.committee(province, "COMMUNE_COMMITTEE", "Đảng ủy xã A");
        long communeB = tree.committee(province, "COMMUNE_COMMITTEE", "Đảng ủy xã B");
        long first = tree.branch(communeA, "Chi bộ A000");
        for (int i = 1; i < 200; i++) {
            tree.branch(communeA, String.format("Chi bộ A%03d", i));
        }
        for (int i = 0; i < 101; i++) {
            tree.branch(communeB, String.format("Chi bộ B%03d", i));
        }
        long member = tree.member(first, "Hoàng Thị Năm", "FULL", "MEMBER");
        long march = meeting(first, "2025-03-01", "FINALIZED", "2025-03-05", 92);
        mark(march, member, "UNEXCUSED");
        mark(meeting(first, "2025-01-01", "FINALIZED", "2025-01-08", null), member, "UNEXCUSED");
        mark(meeting(first, "2025-02-01", "FINALIZED", "2025-02-08", null), member, "UNEXCUSED");
        rating(member, first, "NOT_COMPLETED");
        jdbc.update("""
                insert into task (assignee_id, branch_id, period, assigned_meeting_id, cadence, source, kind, title,
                                  due_on, result)
                values (?, ?, date '2025-03-01', ?, 'MONTHLY', 'RESOLUTION', 'PARTY', 'Việc quá hạn', date '2025-03-20',
                        'NOT_STARTED')""", member, first, march);
        jdbc.update("""
                insert into task (assignee_id, branch_id, period, assigned_meeting_id, cadence, source, kind, title,
                                  due_on, result)
                values (?, ?, date '2025-03-01', ?, 'MONTHLY', 'RESOLUTION', 'PARTY', 'Việc chưa đến hạn',
                        current_date + 30, 'IN_PROGRESS')""", member, first, march);
        // The fee book began in January (a neighbour paid): her fee unpaid in the three months flags her too,
        // and another member's, present at every meeting.
        long payer = tree.member(first, "Lò Văn Đóng", "FULL", "MEMBER");
        tree.member(first, "Lò Thị Chưa Đóng", "FULL", "MEMBER");
        jdbc.update("""
                insert into fee_payment (member_id, period, branch_id, paid_on, amount, recorded_by)
                values (?, date '2025-01-01', ?, date '2025-01-08', 30000, 'bt')""", payer, first);
        jdbc.queryForObject("select refresh_branch_month_summary(array[?]::bigint[], date '2025-01-01', date '2025-03-01')",
                Integer.class, first);
        String login = TreeBuilder.unique("tinhlon");
        tree.account(login, "mat-khau", null, province, "DISTRICT_STAFF");
        as(login);

        DashboardPage page = dashboards.dashboard(province, YearMonth.of(2025, 3), 0);
        assertThat(page.attentionByUnit()).isTrue();
        assertThat(page.notFinalized()).isEmpty();
        assertThat(page.unexcusedFlags()).isEmpty();
        assertThat(page.unitsNeedingAttention()).extracting(UnitAttention::name)
                .containsExactly("Đảng ủy xã A", "Đảng ủy xã B");
        UnitAttention a = page.unitsNeedingAttention().get(0);
        assertThat(a.notFinalized()).isEqualTo(199);
        assertThat(a.notCompleted()).isEqualTo(1);
        assertThat(a.flagged()).isEqualTo(1);
        assertThat(a.overdue()).isEqualTo(1);
        assertThat(a.unpaidFees()).isEqualTo(2);
        assertThat(page.unitsNeedingAttention().get(1)).isEqualTo(
                new UnitAttention(communeB, "Đảng ủy xã B", false, 101, 0, 0, 0, 0));
        assertThat(page.flaggedTotal()).isEqualTo(1);
        assertThat(page.unpaidFeesTotal()).isEqualTo(2);
        assertThat(page.overdueTotal()).isEqualTo(1);

        // A commune of 200 branches is under the limit: its lists name the branches and members.
        DashboardPage commune = dashboards.dashboard(communeA, YearMonth.of(2025, 3), 0);
        assertThat(commune.attentionByUnit()).isFalse();
        assertThat(commune.unexcusedFlags()).extracting(Attention.FlaggedMember::fullName).containsExactly("Hoàng Thị Năm");

        SecurityContextHolder.clearContext();
        MockHttpSession staff = Browser.login(mvc, login, "mat-khau");
        String html = Browser.text(mvc.perform(get("/dashboard").param("org", String.valueOf(province))
                .param("period", "2025-03").session(staff)).andExpect(status().isOk()).andReturn());
        assertThat(html).contains("id=\"attention-by-unit\"", "Đảng ủy xã A", "Chi bộ chưa khóa biên bản tháng này (300)",
                        "href=\"dashboard?org=" + communeB + "&amp;period=2025-03\"")
                .doesNotContain("Hoàng Thị Năm");
        // The commune's page names them, each linked relative to /dashboard like the grid's cells.
        String communePage = Browser.text(mvc.perform(get("/dashboard").param("org", String.valueOf(communeA))
                .param("period", "2025-03").session(staff)).andExpect(status().isOk()).andReturn());
        assertThat(communePage).contains("href=\"members/" + member + "\"", "href=\"branches/" + first + "/meetings/2025-03\"");
        mvc.perform(get("/members/" + member).session(staff)).andExpect(status().isOk());
    }
}
