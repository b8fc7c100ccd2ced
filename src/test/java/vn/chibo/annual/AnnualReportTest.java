package vn.chibo.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.RollupCheck;
import vn.chibo.support.TreeBuilder;

/** The year-end classification on a hand-built branch with known months. */
@ChiboIntegrationTest
class AnnualReportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Autowired
    QuotaCount quotaCount;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    BranchFixture fixture;
    MockHttpSession staff;
    static final int YEAR = 2025;

    @BeforeEach
    void twelveMonths() throws Exception {
        // Five members: two excellent years, two good years, one with three failed months.
        fixture = new BranchFixture(tree, 4, 0);
        String[][] years = {
                {"EXCELLENT", "EXCELLENT", "GOOD"}, {"EXCELLENT", "EXCELLENT", "GOOD"},
                {"GOOD", "GOOD", "GOOD"}, {"GOOD", "GOOD", "COMPLETED"}, {"NOT_COMPLETED", "NOT_COMPLETED", "NOT_COMPLETED"}};
        for (int i = 0; i < years.length; i++) {
            long member = fixture.fullMembers.get(i);
            for (int month = 1; month <= 12; month++) {
                String level = years[i][(month - 1) % 3];
                tree.jdbc().update("""
                        insert into monthly_rating (member_id, branch_id, period, proposed_level, final_level, decided_at)
                        values (?, ?, ?, ?, ?, now())""", member, fixture.branch,
                        Date.valueOf(LocalDate.of(YEAR, month, 1)), level, level);
            }
        }
        staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
    }

    /** The report's page as markup, for what its rows carry in attributes. */
    private String reportHtml() throws Exception {
        return mvc.perform(get("/reports/annual").param("org", String.valueOf(fixture.branch))
                .param("year", String.valueOf(YEAR)).session(staff)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String report() throws Exception {
        return Browser.text(mvc.perform(get("/reports/annual").param("org", String.valueOf(fixture.branch))
                .param("year", String.valueOf(YEAR)).session(staff)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void eachMemberGetsAProposalAndTheQuotaIsAWarning() throws Exception {
        String page = report();
        assertThat(page).contains("Nguyễn Văn Bí", "Hoàn thành xuất sắc nhiệm vụ", "Không hoàn thành nhiệm vụ")
                // 2 excellent against 2 good: over 20% of good, a warning, not a block.
                .contains("không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ” ở từng đảng bộ, chi bộ cơ sở",
                        "Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 2");
    }

    @Test
    void staffDecideWithAReasonWhenTheyDepartFromTheProposalAndItIsAudited() throws Exception {
        long member = fixture.fullMembers.get(0);
        assertThat(report()).contains("Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 2");
        MvcResult noReason = mvc.perform(post("/reports/annual/decide").session(staff).with(csrf())
                .param("org", String.valueOf(fixture.branch)).param("year", String.valueOf(YEAR))
                .param("memberId", String.valueOf(member)).param("level", "GOOD").param("reason", "")).andReturn();
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.text(noReason)).contains("Mức quyết định khác đề xuất: cần ghi lý do.");

        mvc.perform(post("/reports/annual/decide").session(staff).with(csrf())
                .param("org", String.valueOf(fixture.branch)).param("year", String.valueOf(YEAR))
                .param("memberId", String.valueOf(member)).param("level", "GOOD")
                .param("reason", "Giữ tỷ lệ theo quy định")).andExpect(status().is3xxRedirection());
        assertThat(tree.jdbc().queryForMap("select proposed_level, final_level, reason from annual_classification"
                + " where member_id = ? and year = ?", member, YEAR))
                .containsEntry("proposed_level", "EXCELLENT").containsEntry("final_level", "GOOD")
                .containsEntry("reason", "Giữ tỷ lệ theo quy định");
        assertThat(tree.jdbc().queryForObject("select count(*) from audit_log where entity_type = 'annual_classification'"
                + " and details like ?", Long.class, "member " + member + " " + YEAR + ": proposed EXCELLENT, null -> GOOD%"))
                .isEqualTo(1);
        // Now one excellent against three good: still over 20% of good (0.6), and the warning says so.
        assertThat(report()).contains("Hoàn thành xuất sắc nhiệm vụ 1, Hoàn thành tốt nhiệm vụ 3")
                .doesNotContain("Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 2");
    }

    /** The quota warning's line for the fixture's unit (its province): its name and the two counts. */
    private String quotaLine() throws Exception {
        Matcher line = Pattern.compile("<li>([^<]*: Hoàn thành xuất sắc nhiệm vụ \\d+, Hoàn thành tốt nhiệm vụ \\d+)</li>").matcher(report());
        return line.find() ? line.group(1) : "within the quota";
    }

    private String unitName() {
        return tree.jdbc().queryForObject("select name from organization where id = ?", String.class, fixture.province);
    }

    @Test
    void theQuotasAreCountedAgainAfterEveryChangeToWhatTheyCount() throws Exception {
        List<Long> m = fixture.fullMembers;
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 2");
        // A second member's months re-finalized: their year is now good.
        tree.jdbc().update("update monthly_rating set final_level = 'GOOD' where member_id = ?", m.get(1));
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 1, Hoàn thành tốt nhiệm vụ 3");
        // A discipline in the year: that good year is not completed.
        tree.jdbc().update("""
                insert into discipline (member_id, decided_on, form, deciding_body, decision_number)
                values (?, ?, 'REPRIMAND', 'Đảng ủy', '12-QĐ/ĐU')""", m.get(2), Date.valueOf(LocalDate.of(YEAR, 6, 1)));
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 1, Hoàn thành tốt nhiệm vụ 2");
        // A member who left before the year is no longer counted.
        tree.jdbc().update("update member set left_on = ? where id = ?", Date.valueOf(LocalDate.of(YEAR - 1, 12, 1)), m.get(3));
        tree.historyFromRow(m.get(3));
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 1, Hoàn thành tốt nhiệm vụ 1");
        // A decision counts instead of the proposal.
        tree.jdbc().update("insert into annual_classification (member_id, year, proposed_level, final_level, reason)"
                + " values (?, ?, 'NOT_COMPLETED', 'EXCELLENT', 'Quyết định của cấp ủy')", m.get(4), YEAR);
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 1");
        // The unit renamed: the warning names it as it is now.
        tree.jdbc().update("update organization set name = name || ' (mới)' where id = ?", fixture.province);
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 1").contains("(mới)");
        // The first member moves to the neighbouring branch, out of the report.
        tree.jdbc().update("update member set branch_id = ? where id = ?", fixture.neighbour, m.get(0));
        tree.historyFromRow(m.get(0));
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 1, Hoàn thành tốt nhiệm vụ 1");
        // The decision changed to good: no excellent member left, within the quota.
        tree.jdbc().update("update annual_classification set final_level = 'GOOD' where member_id = ?", m.get(4));
        assertThat(quotaLine()).isEqualTo("within the quota");
    }

    @Test
    void membersHoldingALeadershipPostAreShownAsAGroupBesideEveryone() throws Exception {
        List<Long> m = fixture.fullMembers;
        // Given a post after their months were rated: the months are counted again at once.
        tree.jdbc().update("update member set leadership_post = true where id in (?, ?)", m.get(0), m.get(4));
        String groups = reportHtml();
        groups = groups.substring(groups.indexOf("id=\"annual-groups\""), groups.indexOf("</table>",
                groups.indexOf("id=\"annual-groups\""))).replaceAll("<[^>]+>|\\s+", " ").replaceAll(" +", " ");
        assertThat(groups).contains("Toàn bộ đảng viên 2 2 0 1", "Đảng viên giữ vị trí lãnh đạo, quản lý 1 0 0 1");
        String dashboard = Browser.text(mvc.perform(get("/dashboard").param("org", String.valueOf(fixture.branch))
                .param("period", YEAR + "-01").session(staff)).andExpect(status().isOk()).andReturn());
        assertThat(dashboard).contains(
                "Đảng viên giữ vị trí lãnh đạo, quản lý: HTXSNV 1, HTTNV 0, HTNV 0, KHTNV 1 (50% hoàn thành tốt");
        assertThat(RollupCheck.differences(tree.jdbc(), path())).isEmpty();
    }

    @Test
    void aDisciplineCountsOnceInTheYearItIsDecided() throws Exception {
        List<Long> m = fixture.fullMembers;
        String discipline = """
                insert into discipline (member_id, decided_on, form, deciding_body, decision_number, reason)
                values (?, ?, 'REPRIMAND', 'Đảng ủy', ?, ?)""";
        // Decided in January for what happened the year before: that year stays as its months say.
        tree.jdbc().update(discipline, m.get(2), Date.valueOf(LocalDate.of(YEAR + 1, 1, 12)), "3-QĐ/ĐU",
                "Vi phạm trong tháng 11/" + YEAR);
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 2");
        // Decided in the year's last days: it counts in this year.
        tree.jdbc().update(discipline, m.get(3), Date.valueOf(LocalDate.of(YEAR, 12, 29)), "98-QĐ/ĐU", "Vi phạm");
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 1");
    }

    private String path() {
        return tree.jdbc().queryForObject("select path from organization where id = ?", String.class, fixture.branch);
    }

    @Test
    void aCountIsKeptUntilSomethingItCountsChanges() {
        QuotaCount.Quotas first = quotaCount.of(path(), YEAR);
        assertThat(quotaCount.of(path(), YEAR)).isSameAs(first);
        // Nothing the quotas count: a member's name, a month's proposed level.
        tree.jdbc().update("update member set full_name = full_name || ' A' where id = ?", fixture.fullMembers.get(2));
        assertThat(quotaCount.of(path(), YEAR)).isSameAs(first);
        tree.jdbc().update("update monthly_rating set proposed_level = 'GOOD' where member_id = ?", fixture.fullMembers.get(0));
        assertThat(quotaCount.of(path(), YEAR)).isSameAs(first);

        tree.jdbc().update("update monthly_rating set final_level = 'GOOD' where member_id = ?", fixture.fullMembers.get(0));
        QuotaCount.Quotas second = quotaCount.of(path(), YEAR);
        assertThat(second).isNotSameAs(first);
        assertThat(second.units()).singleElement().satisfies(quota -> {
            assertThat(quota.excellent()).isEqualTo(1);
            assertThat(quota.good()).isEqualTo(3);
        });
        assertThat(second.members()).isEqualTo(5);
    }

    @Test
    void aCountMadeInATransactionThatWasRolledBackIsNeverShown() throws Exception {
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 2");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            tree.jdbc().update("update monthly_rating set final_level = 'GOOD' where member_id = ?", fixture.fullMembers.get(0));
            assertThat(quotaCount.of(path(), YEAR).units()).singleElement()
                    .satisfies(quota -> assertThat(quota.excellent()).isEqualTo(1));
            status.setRollbackOnly();
        });
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 2, Hoàn thành tốt nhiệm vụ 2");
        tree.jdbc().update("update monthly_rating set final_level = 'EXCELLENT' where member_id = ?", fixture.fullMembers.get(2));
        assertThat(quotaLine()).isEqualTo(unitName() + ": Hoàn thành xuất sắc nhiệm vụ 3, Hoàn thành tốt nhiệm vụ 1");
    }

    /**
     * The clock moves as a transaction commits, not at the statement that changed a rating: two
     * transactions that change a rating and another shared row in opposite orders both commit (a
     * clock moved at the statement would make them wait for each other until PostgreSQL ends one).
     */
    @Test
    void ratingsAndSharedRowsChangedInOppositeOrdersBothCommit() throws Exception {
        String shared = "update organization set version = version + 1 where id = " + fixture.province;
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (Statement a = first.createStatement(); Statement b = second.createStatement()) {
                a.execute("set local lock_timeout = '5s'");
                b.execute("set local lock_timeout = '5s'");
                a.executeUpdate("update monthly_rating set final_level = 'GOOD' where member_id = " + fixture.fullMembers.get(0));
                b.executeUpdate(shared);
                CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
                    try {
                        return a.executeUpdate(shared);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                b.executeUpdate("update monthly_rating set final_level = 'GOOD' where member_id = " + fixture.fullMembers.get(1));
                second.commit();
                assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(1);
                first.commit();
            }
        }
        assertThat(quotaLine()).isEqualTo("within the quota");
    }

    @Test
    void theDecisionFormOnThePagePostsBackToTheSamePageOfTheReport() throws Exception {
        long member = fixture.fullMembers.get(1);
        String page = reportHtml();
        String row = page.substring(page.indexOf("id=\"member-" + member + "\""));
        Matcher form = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(row);
        assertThat(form.find()).isTrue();
        String action = form.group(1).replace("&amp;", "&");
        assertThat(action).startsWith("/reports/annual/decide?").contains("org=" + fixture.branch, "year=" + YEAR);
        assertThat(row.substring(0, row.indexOf("</form>")))
                .contains("name=\"memberId\" value=\"" + member + "\"", "name=\"_csrf\"");

        mvc.perform(post(action).session(staff).with(csrf()).param("memberId", String.valueOf(member))
                        .param("level", "COMPLETED").param("reason", "Theo biểu quyết của chi bộ"))
                .andExpect(redirectedUrl("/reports/annual?org=" + fixture.branch + "&year=" + YEAR + "&page=0&bpage=0"));
        assertThat(tree.jdbc().queryForObject("select final_level from annual_classification where member_id = ? and year = ?",
                String.class, member, YEAR)).isEqualTo("COMPLETED");
    }

    @Test
    void eachRowShowsItsTwelveMonthsAndChoosesTheStandingLevelOrWhatWasTyped() throws Exception {
        long first = fixture.fullMembers.get(0);
        long third = fixture.fullMembers.get(2);
        tree.jdbc().update("delete from monthly_rating where member_id = ? and period = ?", third,
                Date.valueOf(LocalDate.of(YEAR, 3, 1)));
        String page = reportHtml();
        assertThat(months(row(page, first))).containsExactly("level-EXCELLENT HTXSNV", "level-EXCELLENT HTXSNV",
                "level-GOOD HTTNV", "level-EXCELLENT HTXSNV", "level-EXCELLENT HTXSNV", "level-GOOD HTTNV",
                "level-EXCELLENT HTXSNV", "level-EXCELLENT HTXSNV", "level-GOOD HTTNV", "level-EXCELLENT HTXSNV",
                "level-EXCELLENT HTXSNV", "level-GOOD HTTNV");
        assertThat(months(row(page, third))).hasSize(12).element(2).isEqualTo("text-secondary –");
        assertThat(selected(row(page, first))).containsExactly("EXCELLENT");
        assertThat(selected(row(page, third))).containsExactly("GOOD");

        // A decision refused for want of a reason comes back with the level that was chosen.
        String refused = mvc.perform(post("/reports/annual/decide").session(staff).with(csrf())
                .param("org", String.valueOf(fixture.branch)).param("year", String.valueOf(YEAR))
                .param("memberId", String.valueOf(first)).param("level", "COMPLETED").param("reason", " "))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(selected(row(refused, first))).containsExactly("COMPLETED");
        assertThat(selected(row(refused, third))).containsExactly("GOOD");
    }

    @Test
    void monthsRatedInAnotherBranchBeforeAMoveStayInTheMembersYear() throws Exception {
        long third = fixture.fullMembers.get(2);
        tree.jdbc().update("update monthly_rating set branch_id = ? where member_id = ? and period < ?",
                fixture.neighbour, third, Date.valueOf(LocalDate.of(YEAR, 4, 1)));
        String page = reportHtml();
        assertThat(months(row(page, third))).hasSize(12).containsOnly("level-GOOD HTTNV");
        assertThat(selected(row(page, third))).containsExactly("GOOD");
    }

    private static String row(String page, long member) {
        String row = page.substring(page.indexOf("id=\"member-" + member + "\""));
        return row.substring(0, row.indexOf("</tr>"));
    }

    private static List<String> months(String row) {
        Matcher cell = Pattern
                .compile("<td class=\"text-center small ([^\"]+)\">([^<]*)</td>").matcher(row);
        List<String> months = new java.util.ArrayList<>();
        while (cell.find()) {
            months.add(cell.group(1) + " " + cell.group(2));
        }
        return months;
    }

    private static List<String> selected(String row) {
        Matcher option = Pattern
                .compile("<option value=\"(\\w+)\" selected=\"selected\">").matcher(row);
        List<String> selected = new java.util.ArrayList<>();
        while (option.find()) {
            selected.add(option.group(1));
        }
        return selected;
    }

    @Test
    void secretariesAndMembersDoNotDecide() throws Exception {
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/reports/annual").param("year", String.valueOf(YEAR)).session(secretary)).andExpect(status().isOk());
        mvc.perform(post("/reports/annual/decide").session(secretary).with(csrf())
                .param("org", String.valueOf(fixture.branch)).param("year", String.valueOf(YEAR))
                .param("memberId", String.valueOf(fixture.fullMembers.get(2))).param("level", "GOOD"))
                .andExpect(status().isForbidden());
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/reports/annual").session(member)).andExpect(status().isForbidden());
        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/reports/annual").param("org", String.valueOf(fixture.branch)).session(neighbour))
                .andExpect(status().isForbidden());
    }

    @Test
    void nobodyDecidesTheirOwnYearAndStaffOfTheBranchItselfDoNotDecideForIt() throws Exception {
        long self = fixture.fullMembers.get(2);
        String selfStaff = "canbo.tu." + System.nanoTime();
        tree.account(selfStaff, BranchFixture.PASSWORD, self, fixture.province, "DISTRICT_STAFF", "MEMBER");
        MockHttpSession own = Browser.login(mvc, selfStaff, BranchFixture.PASSWORD);
        String page = mvc.perform(get("/reports/annual").param("org", String.valueOf(fixture.branch))
                .param("year", String.valueOf(YEAR)).session(own)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(row(page, self)).doesNotContain("<form");
        assertThat(row(page, fixture.fullMembers.get(3))).contains("<form");
        decide(own, self).andExpect(status().isForbidden());
        decide(own, fixture.fullMembers.get(3)).andExpect(status().is3xxRedirection());

        String branchStaff = "canbo.chibo." + System.nanoTime();
        tree.account(branchStaff, BranchFixture.PASSWORD, null, fixture.branch, "DISTRICT_STAFF");
        MockHttpSession ofTheBranch = Browser.login(mvc, branchStaff, BranchFixture.PASSWORD);
        String branchPage = mvc.perform(get("/reports/annual").param("org", String.valueOf(fixture.branch))
                .param("year", String.valueOf(YEAR)).session(ofTheBranch)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(branchPage).doesNotContain("/reports/annual/decide");
        decide(ofTheBranch, fixture.fullMembers.get(3)).andExpect(status().isForbidden());
        assertThat(tree.jdbc().queryForObject("""
                select count(*) from annual_classification where member_id = ? and final_level is not null""",
                Integer.class, self)).isZero();
    }

    private ResultActions decide(MockHttpSession session, long member)
            throws Exception {
        return mvc.perform(post("/reports/annual/decide").session(session).with(csrf())
                .param("org", String.valueOf(fixture.branch)).param("year", String.valueOf(YEAR))
                .param("memberId", String.valueOf(member)).param("level", "GOOD").param("reason", "Đã cân nhắc"));
    }

    @Test
    void theAnnualExportOpensWithEveryMember() throws Exception {
        MvcResult result = mvc.perform(get("/reports/annual/export.xlsx").param("org", String.valueOf(fixture.branch))
                .param("year", String.valueOf(YEAR)).session(staff)).andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Xếp loại năm " + YEAR);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("01/" + YEAR);
            assertThat(sheet.getRow(1).getCell(14).getNumericCellValue()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aLargeDistrictIsReadOnePageOfMembersAtATimeWithTheQuotasOverEveryone() throws Exception {
        MockHttpSession district = Browser.login(mvc, "huyenuy");
        int year = java.time.YearMonth.now().minusMonths(1).getYear();
        java.util.List<Long> order = tree.jdbc().queryForList("""
                select m.id from member m join organization b on b.id = m.branch_id
                 where b.path like '/1/%' and m.admitted_on <= ? and (m.left_on is null or m.left_on >= ?)
                 order by b.sort_key, b.id, m.sort_key, m.id""", Long.class,
                Date.valueOf(LocalDate.of(year, 12, 31)), Date.valueOf(LocalDate.of(year, 1, 1)));
        assertThat(order).hasSizeGreaterThan(100);
        String first = Browser.text(mvc.perform(get("/reports/annual").param("year", String.valueOf(year))
                .session(district)).andExpect(status().isOk()).andReturn());
        String second = Browser.text(mvc.perform(get("/reports/annual").param("year", String.valueOf(year))
                .param("page", "1").session(district)).andExpect(status().isOk()).andReturn());
        // The pager counts every member on a roll in the year: the quotas' tallies add up to them.
        assertThat(first).contains("Trang 1/" + (order.size() + 49) / 50);
        assertThat(first).contains("name=\"memberId\" value=\"" + order.get(49) + "\"")
                .doesNotContain("name=\"memberId\" value=\"" + order.get(50) + "\"");
        assertThat(second).contains("name=\"memberId\" value=\"" + order.get(50) + "\"",
                        "name=\"memberId\" value=\"" + order.get(99) + "\"")
                .doesNotContain("name=\"memberId\" value=\"" + order.get(49) + "\"");
        // The quota warnings count every member, whichever page is shown.
        String quotas = "Lưu ý";
        assertThat(first.contains(quotas)).isEqualTo(second.contains(quotas));
        if (first.contains(quotas)) {
            assertThat(first.substring(first.indexOf(quotas), first.indexOf(quotas) + 300))
                    .isEqualTo(second.substring(second.indexOf(quotas), second.indexOf(quotas) + 300));
        }
    }

    @Test
    void theBranchesOfALargeNodeComeInPagesOfTheirOwn() throws Exception {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh ủy nhiều chi bộ"));
        for (int i = 1; i <= 51; i++) {
            tree.branch(province, String.format("Chi bộ số %02d", i));
        }
        String login = TreeBuilder.unique("tinhcb");
        tree.account(login, BranchFixture.PASSWORD, null, province, "DISTRICT_STAFF");
        MockHttpSession provinceStaff = Browser.login(mvc, login, BranchFixture.PASSWORD);
        String first = Browser.text(mvc.perform(get("/reports/annual").param("year", String.valueOf(YEAR))
                .session(provinceStaff)).andExpect(status().isOk()).andReturn());
        assertThat(first).contains("Chi bộ số 50", "Trang 1/2", "page=0&amp;bpage=1").doesNotContain("Chi bộ số 51");
        String second = Browser.text(mvc.perform(get("/reports/annual").param("year", String.valueOf(YEAR))
                .param("bpage", "1").session(provinceStaff)).andExpect(status().isOk()).andReturn());
        assertThat(second).contains("Chi bộ số 51", "Trang 2/2").doesNotContain("Chi bộ số 50");
    }
}
