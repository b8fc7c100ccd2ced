package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.Browser;
import vn.chibo.support.ChiboIntegrationTest;

@ChiboIntegrationTest
class DemoDistrictTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    MockMvc mvc;

    @Test
    void theShowcaseBranchHasFourMembersAndTheDemoAccounts() {
        assertThat(jdbc.queryForObject("""
                select count(*) from member m join organization b on b.id = m.branch_id
                 where b.code = 'kdd-tuyengiao' and b.name = 'Chi bộ Ban Tuyên giáo Huyện ủy'""", Long.class))
                .isEqualTo(4);
        // A secretary's rights follow their role in the branch; staff's are grants.
        assertThat(jdbc.queryForObject("""
                select m.branch_role from account a join member m on m.id = a.member_id where a.username = 'bithu'""",
                String.class)).isEqualTo("SECRETARY");
        Map<String, Object> huyenuy = jdbc.queryForMap("""
                select g.role, o.code from account a join account_grant g on g.account_id = a.id
                  join organization o on o.id = g.organization_id where a.username = 'huyenuy'""");
        assertThat(huyenuy).containsEntry("role", "DISTRICT_STAFF").containsEntry("code", "hu-coto");
        assertThat(jdbc.queryForList("select username from account where username in "
                + "('admin', 'huyenuy', 'bithu', 'dangvien', 'bithu.dt-haitien')", String.class)).hasSize(5);
    }

    @Test
    void everyMemberHasThisYearsTwoCommitmentsForTheYearEndReview() throws Exception {
        int year = YearMonth.now().getYear();
        assertThat(jdbc.queryForObject("""
                select count(*) from member m join organization b on b.id = m.branch_id
                 where b.path like '/1/%' and m.left_on is null and (select count(distinct c.kind) from member_commitment c
                                               where c.member_id = m.id and c.year = ? and c.kept is null) <> 2""",
                Long.class, year)).isZero();
        String page = Browser.text(mvc.perform(get("/me/commitments").session(Browser.login(mvc, "dangvien")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Cam kết năm " + year, "Chỉ thị 05").doesNotContain("Chưa có cam kết.");
    }

    @Test
    void everyMemberHasAnAccountAndAboutAThousandMembersExist() {
        Long members = jdbc.queryForObject("select count(*) from member m join organization b on b.id = m.branch_id"
                + " where b.path like '/1/%'", Long.class);
        assertThat(members).isBetween(900L, 1100L);
        assertThat(jdbc.queryForObject("select count(*) from member m join organization b on b.id = m.branch_id "
                + "where b.path like '/1/%' and not exists (select 1 from account a where a.member_id = m.id)",
                Long.class)).isZero();
    }

    @Test
    void theDistrictWritesCoToOnItsMinutesDateLine() {
        assertThat(jdbc.queryForObject("select place from organization where path = '/1/'", String.class))
                .isEqualTo("Cô Tô");
    }

    @Test
    void historyCoversTwentyFourMonthsUpToLastMonth() {
        YearMonth last = YearMonth.now().minusMonths(1);
        List<Map<String, Object>> span = jdbc.queryForList(
                "select min(period) as first, max(period) as last from meeting m join organization b on b.id = m.branch_id"
                        + " where b.code like 'kcq-%'");
        assertThat(span.get(0).get("last").toString()).isEqualTo(last.atDay(1).toString());
        assertThat(span.get(0).get("first").toString()).isEqualTo(last.minusMonths(23).atDay(1).toString());
        // No meeting exists for the current month: the secretaries plan it (other tests may plan
        // one in the showcase branch, so this looks at the branches no test touches).
        assertThat(jdbc.queryForObject("select count(*) from meeting m join organization b on b.id = m.branch_id"
                + " where b.code like 'kcq-%' and m.period = ?", Long.class,
                java.sql.Date.valueOf(last.plusMonths(1).atDay(1)))).isZero();
    }

    @Test
    void pilotBranchesMeetMoreRegularlyThanTheOthers() {
        Map<String, Object> rates = jdbc.queryForMap("""
                select avg(case when p.id is not null then held end) as pilot,
                       avg(case when p.id is null then held end) as others
                  from (select b.id, count(m.id)::numeric / 24 as held
                          from organization b
                          left join meeting m on m.branch_id = b.id and m.kind in ('REGULAR', 'COMBINED')
                         where b.kind = 'BRANCH' and b.path like '/1/%' group by b.id) x
                  join organization b on b.id = x.id
                  left join pilot_enrollment p on p.branch_id = b.id""");
        assertThat(((Number) rates.get("pilot")).doubleValue())
                .isGreaterThan(((Number) rates.get("others")).doubleValue());
    }

    @Test
    void finalizedMonthsHaveFinalLevelsAndOthersArePending() {
        assertThat(jdbc.queryForObject("""
                select count(*) from monthly_rating r join meeting m
                    on m.branch_id = r.branch_id and m.period = r.period and m.kind in ('REGULAR', 'COMBINED')
                 where (m.status = 'FINALIZED') <> (r.final_level is not null)""", Long.class)).isZero();
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        Long before = jdbc.queryForObject("select count(*) from member", Long.class);
        loader.afterPropertiesSet();
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).isEqualTo(before);
    }

    @Test
    void theGeneratorIsDeterministic() {
        YearMonth month = YearMonth.of(2026, 11);
        DemoGenerator first = new DemoGenerator(month, "hash").generate();
        DemoGenerator second = new DemoGenerator(month, "hash").generate();
        assertThat(first.tables.tasks.count()).isEqualTo(second.tables.tasks.count());
        assertThat(first.branches.get(10).members().get(3).fullName)
                .isEqualTo(second.branches.get(10).members().get(3).fullName);
    }
}
