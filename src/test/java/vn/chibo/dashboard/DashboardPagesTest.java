package vn.chibo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.TreeBuilder;

@ChiboIntegrationTest
class DashboardPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    @Test
    void districtStaffSeeTheirDistrictAndDrillDownKeepingTheMonth() throws Exception {
        MockHttpSession staff = Browser.login(mvc, "huyenuy");
        YearMonth month = YearMonth.now().minusMonths(2);
        String page = Browser.text(mvc.perform(get("/dashboard").param("period", month.toString()).session(staff))
                .andExpect(status().isOk()).andReturn());
        long commune = tree.organizationId("db-x-dongtien");
        assertThat(page).contains("Huyện ủy Cô Tô", "Tình hình sinh hoạt 12 tháng", "Chi bộ điểm toàn diện so với",
                "/dashboard?org=" + commune + "&amp;period=" + month, "Cần quan tâm");
        // Levels abbreviated for space carry their full names, on hover and in the legend.
        assertThat(page).contains("<abbr title=\"Hoàn thành xuất sắc nhiệm vụ\">HTXSNV</abbr>",
                "<span>Không hoàn thành nhiệm vụ.</span>");
        String child = Browser.text(mvc.perform(get("/dashboard").param("org", String.valueOf(commune))
                .param("period", month.toString()).session(staff)).andExpect(status().isOk()).andReturn());
        long branch = tree.organizationId("dt-haitien");
        assertThat(child).contains("Đảng bộ xã Đồng Tiến", "Chi bộ thôn Hải Tiến",
                "href=\"branches/" + branch + "/meetings/" + month + "\"", "/dashboard?org=" + tree.organizationId("hu-coto"));
        mvc.perform(get("/dashboard").param("period", "2026-13").session(staff)).andExpect(status().isBadRequest());
    }

    @Test
    void dashboardsKeepToEachPersonsPartOfTheTree() throws Exception {
        long otherProvince = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh khác"));
        MockHttpSession staff = Browser.login(mvc, "huyenuy");
        mvc.perform(get("/dashboard").param("org", String.valueOf(otherProvince)).session(staff))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/branches").param("org", String.valueOf(otherProvince)).session(staff))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/branches/export.xlsx").param("org", String.valueOf(otherProvince)).session(staff))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/ratings/year.xlsx").param("org", String.valueOf(otherProvince)).session(staff))
                .andExpect(status().isForbidden());

        MockHttpSession secretary = Browser.login(mvc, "bithu");
        assertThat(Browser.text(mvc.perform(get("/dashboard").session(secretary)).andExpect(status().isOk()).andReturn()))
                .contains("Chi bộ Ban Tuyên giáo Huyện ủy").doesNotContain("Đảng bộ xã Đồng Tiến");
        mvc.perform(get("/dashboard").param("org", String.valueOf(tree.organizationId("hu-coto"))).session(secretary))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").param("org", String.valueOf(tree.organizationId("dt-haitien"))).session(secretary))
                .andExpect(status().isForbidden());

        MockHttpSession member = Browser.login(mvc, "dangvien");
        mvc.perform(get("/dashboard").session(member)).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/branches").session(member)).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/branches/export.xlsx").session(member)).andExpect(status().isForbidden());
    }

    @Test
    void aReopenedAndChangedMeetingChangesTheDashboard() throws Exception {
        BranchFixture fixture = new BranchFixture(tree, 2, 0);
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        YearMonth month = YearMonth.now();
        String plan = mvc.perform(post("/branches/" + fixture.branch + "/meetings/" + month).param("kind", "REGULAR")
                .session(secretary).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        long meeting = Long.parseLong(plan.split("/")[2]);
        mvc.perform(post("/meetings/" + meeting + "/plan").session(secretary).with(csrf()).param("version", version(meeting))
                .param("kind", "REGULAR").param("heldOn", month.atDay(2).toString()).param("startsAt", "14:00")
                .param("endsAt", "16:00").param("location", "Hội trường")
                .param("chairId", String.valueOf(fixture.secretary))
                .param("recorderId", String.valueOf(fixture.fullMembers.get(1)))
                .param("agenda[0].title", "Nội dung").param("agenda[0].position", "1"));
        mvc.perform(post("/meetings/" + meeting + "/attendance/all-present").session(secretary).with(csrf())
                .param("version", version(meeting)));
        mvc.perform(post("/meetings/" + meeting + "/resolution").session(secretary).with(csrf()).param("version", version(meeting))
                .param("text", "Nghị quyết").param("votesFor", "3").param("votesAgainst", "0").param("votesOther", "0"));
        var ratings = post("/meetings/" + meeting + "/ratings").session(secretary).with(csrf()).param("version", version(meeting));
        for (long id : fixture.everyone()) {
            ratings.param("proposals[" + id + "].level", "GOOD");
        }
        mvc.perform(ratings);
        mvc.perform(post("/meetings/" + meeting + "/finalize").session(secretary).with(csrf())
                .param("version", version(meeting))).andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(summary(fixture.branch, month)).isEqualTo("FINALIZED 3 3 GOOD:3");

        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        String before = Browser.text(mvc.perform(get("/dashboard/branches").param("org", String.valueOf(fixture.province))
                .param("period", month.toString()).session(staff)).andReturn());
        assertThat(before).contains(">Đã khóa biên bản</a>", "100%");

        mvc.perform(post("/meetings/" + meeting + "/reopen").session(staff).with(csrf()).param("reason", "Sửa điểm danh"))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(summary(fixture.branch, month)).isEqualTo("HELD 3 3 GOOD:0");
        long absent = fixture.fullMembers.get(2);
        mvc.perform(post("/meetings/" + meeting + "/attendance").session(secretary).with(csrf()).param("version", version(meeting))
                .param("marks[" + absent + "].status", "UNEXCUSED")).andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(summary(fixture.branch, month)).isEqualTo("HELD 2 3 GOOD:0");
        String after = Browser.text(mvc.perform(get("/dashboard/branches").param("org", String.valueOf(fixture.province))
                .param("period", month.toString()).session(staff)).andReturn());
        assertThat(after).contains("67%", ">Đã họp đúng hạn, chưa khóa biên bản</a>").doesNotContain(">Đã khóa biên bản</a>");
    }

    private String summary(long branch, YearMonth month) {
        return tree.jdbc().queryForObject("""
                select meeting_status || ' ' || present || ' ' || (roll_total - roll_exempt) || ' GOOD:' || rated_good
                  from branch_month_summary where branch_id = ? and period = ?""", String.class, branch,
                java.sql.Date.valueOf(month.atDay(1)));
    }

    private String version(long meeting) {
        return String.valueOf(tree.jdbc().queryForObject("select version from meeting where id = ?", Long.class, meeting));
    }

    @Test
    void theBranchTableKeepsWhatItsFiltersAskAndPagesThem() throws Exception {
        MockHttpSession staff = Browser.login(mvc, "huyenuy");
        YearMonth month = YearMonth.now().minusMonths(2);
        for (String status : new String[] {"all", "missing", "held", "finalized"}) {
            for (Boolean pilot : new Boolean[] {null, true, false}) {
                long expected = branches(month, status, pilot);
                long pages = Math.max(1, (expected + 49) / 50);
                for (long page = 0; page < pages; page++) {
                    var request = get("/dashboard/branches").param("period", month.toString()).param("status", status)
                            .param("page", String.valueOf(page)).session(staff);
                    if (pilot != null) {
                        request.param("pilot", pilot.toString());
                    }
                    String html = Browser.text(mvc.perform(request).andExpect(status().isOk()).andReturn());
                    String filter = status + " pilot=" + pilot + " page " + page;
                    assertThat(html.split("<td class=\"grid-cell").length - 1).as(filter)
                            .isEqualTo(Math.min(50, expected - page * 50));
                    if (pages > 1) {
                        assertThat(html).as(filter).contains("Trang " + (page + 1) + "/" + pages);
                    } else {
                        assertThat(html).as(filter).doesNotContain("Trang 1/");
                    }
                }
            }
        }
        assertThat(branches(month, "all", null)).isEqualTo(59);
        assertThat(branches(month, "finalized", true)).isPositive();
    }

    /** How many branches of the demo district the filter keeps, counted from the month summaries. */
    private long branches(YearMonth month, String status, Boolean pilot) {
        String state = switch (status) {
            case "missing" -> " and (s.meeting_status is null or s.meeting_status = 'PLANNED')";
            case "held" -> " and s.meeting_status = 'HELD'";
            case "finalized" -> " and s.meeting_status = 'FINALIZED'";
            default -> "";
        };
        String enrolled = pilot == null ? ""
                : (pilot ? "" : " not") + " exists (select 1 from pilot_enrollment p where p.branch_id = b.id and p.status <> 'WITHDRAWN')";
        return tree.jdbc().queryForObject("select count(*) from organization b left join branch_month_summary s"
                + " on s.branch_id = b.id and s.period = ? where b.kind = 'BRANCH' and b.path like '/1/%'" + state
                + (enrolled.isEmpty() ? "" : " and" + enrolled), Long.class, java.sql.Date.valueOf(month.atDay(1)));
    }

    @Test
    void theBranchTableExportOpensWithRealDatesAndNumbers() throws Exception {
        MockHttpSession staff = Browser.login(mvc, "huyenuy");
        YearMonth month = YearMonth.now().minusMonths(2);
        MvcResult result = mvc.perform(get("/dashboard/branches/export.xlsx").param("period", month.toString())
                .session(staff)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains(String.format("chi-bo-hu-coto-%d-%02d.xlsx", month.getYear(), month.getMonthValue()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chi bộ");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(59);
            boolean sawDate = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                Cell held = row.getCell(4);
                if (held != null) {
                    assertThat(DateUtil.isCellDateFormatted(held)).isTrue();
                    assertThat(held.getLocalDateTimeCellValue().getMonthValue()).isEqualTo(month.getMonthValue());
                    sawDate = true;
                }
            }
            assertThat(sawDate).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void theMonthsRatingsExportHoldsEveryMemberWithTheirLevel() throws Exception {
        MockHttpSession staff = Browser.login(mvc, "huyenuy");
        YearMonth month = YearMonth.now().minusMonths(2);
        MvcResult result = mvc.perform(get("/dashboard/ratings/export.xlsx").param("period", month.toString())
                .session(staff)).andExpect(status().isOk()).andReturn();
        long onRoll = tree.jdbc().queryForObject("""
                select count(*) from member m join organization b on b.id = m.branch_id
                 where b.path like '/1/%' and m.admitted_on < ? and (m.left_on is null or m.left_on >= ?)""", Long.class,
                java.sql.Date.valueOf(month.plusMonths(1).atDay(1)), java.sql.Date.valueOf(month.atDay(1)));
        long good = tree.jdbc().queryForObject("""
                select count(*) from monthly_rating r join organization b on b.id = r.branch_id
                 where b.path like '/1/%' and r.period = ? and r.final_level = 'GOOD'""", Long.class,
                java.sql.Date.valueOf(month.atDay(1)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(onRoll);
            long goodRows = 0;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Cell adopted = sheet.getRow(i).getCell(5);
                if (adopted != null && adopted.getStringCellValue().equals("Hoàn thành tốt nhiệm vụ")) {
                    goodRows++;
                    assertThat(DateUtil.isCellDateFormatted(sheet.getRow(i).getCell(7))).isTrue();
                }
            }
            assertThat(goodRows).isEqualTo(good).isPositive();
        }
    }

    @Test
    void theYearsRatingsExportHasAMemberARowAndAMonthAColumn() throws Exception {
        int year = YearMonth.now().minusMonths(1).getYear();
        MockHttpSession staff = Browser.login(mvc, "huyenuy");
        MvcResult result = mvc.perform(get("/dashboard/ratings/year.xlsx").param("year", String.valueOf(year))
                .session(staff)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("nam-" + year + ".xlsx");
        java.sql.Date january = java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1));
        java.sql.Date december = java.sql.Date.valueOf(java.time.LocalDate.of(year, 12, 31));
        long onRoll = tree.jdbc().queryForObject("""
                select count(*) from member m join organization b on b.id = m.branch_id
                 where b.path like '/1/%' and m.admitted_on <= ? and (m.left_on is null or m.left_on >= ?)""",
                Long.class, december, january);
        // The showcase member's adopted levels, month by month, as the file must show them.
        long member = tree.memberIdOf("dangvien");
        java.util.Map<Integer, String> levels = new java.util.HashMap<>();
        tree.jdbc().query("""
                select extract(month from period)::int as month, final_level from monthly_rating
                 where member_id = ? and period between ? and ? and final_level is not null""",
                rs -> {
                    levels.put(rs.getInt("month"), rs.getString("final_level"));
                }, member, january, december);
        String name = tree.jdbc().queryForObject("select full_name from member where id = ?", String.class, member);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(onRoll);
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 15);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("T1");
            Row row = null;
            for (int i = 1; i <= sheet.getLastRowNum() && row == null; i++) {
                if (sheet.getRow(i).getCell(0).getStringCellValue().equals(name)) {
                    row = sheet.getRow(i);
                }
            }
            assertThat(row).isNotNull();
            assertThat(levels).isNotEmpty();
            for (int month = 1; month <= 12; month++) {
                Cell cell = row.getCell(2 + month);
                String expected = levels.get(month);
                if (expected == null) {
                    assertThat(cell).as("month " + month).isNull();
                } else {
                    assertThat(cell.getStringCellValue()).as("month " + month)
                            .isEqualTo(switch (expected) {
                                case "EXCELLENT" -> "Hoàn thành xuất sắc nhiệm vụ";
                                case "GOOD" -> "Hoàn thành tốt nhiệm vụ";
                                case "COMPLETED" -> "Hoàn thành nhiệm vụ";
                                default -> "Không hoàn thành nhiệm vụ";
                            });
                }
            }
        }
        MockHttpSession memberSession = Browser.login(mvc, "dangvien");
        mvc.perform(get("/dashboard/ratings/year.xlsx").session(memberSession)).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/ratings/year.xlsx").param("year", "abc").session(staff))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aLongGridIsPagedKeepingTheNodeAndMonth() throws Exception {
        long province = tree.committee(null, "PROVINCE_COMMITTEE", TreeBuilder.unique("Tỉnh ủy nhiều xã"));
        for (int i = 1; i <= 31; i++) {
            tree.committee(province, "COMMUNE_COMMITTEE", String.format("Đảng ủy xã %02d", i));
        }
        String login = TreeBuilder.unique("tinhnhieu");
        tree.account(login, BranchFixture.PASSWORD, null, province, "DISTRICT_STAFF");
        MockHttpSession staff = Browser.login(mvc, login, BranchFixture.PASSWORD);
        String first = Browser.text(mvc.perform(get("/dashboard").param("period", "2025-03").session(staff))
                .andExpect(status().isOk()).andReturn());
        assertThat(first).contains("Đảng ủy xã 30", "Trang 1/2", "/dashboard?org=" + province + "&amp;period=2025-03&amp;page=1")
                .doesNotContain("Đảng ủy xã 31");
        String second = Browser.text(mvc.perform(get("/dashboard").param("period", "2025-03").param("page", "1")
                .session(staff)).andExpect(status().isOk()).andReturn());
        assertThat(second).contains("Đảng ủy xã 31", "Trang 2/2").doesNotContain("Đảng ủy xã 30");
        mvc.perform(get("/dashboard").param("page", "x").session(staff)).andExpect(status().isBadRequest());
    }
}
