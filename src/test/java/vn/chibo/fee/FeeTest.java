package vn.chibo.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
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
 * Đảng phí through HTTP as the people who use it: the secretary sets each member's fee and records
 * at the meeting who paid for which months (several at once, ahead) or why not; the fee book, its
 * .xlsx and the amount handed up; three months unpaid without a reason flag a member on the meeting
 * page, the member's page and the dashboard, following the member across a transfer. Staff above
 * read but do not write; a member and the neighbouring branch's secretary are refused.
 */
@ChiboIntegrationTest
class FeeTest {

    /** A year wholly past whatever day the tests run, so every month of it is over. */
    static final int YEAR = 2025;

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    BranchFixture fixture;
    JdbcTemplate jdbc;
    MockHttpSession secretary;
    long an;
    long binh;
    long du;

    @BeforeEach
    void aBranchWithFees() throws Exception {
        fixture = new BranchFixture(tree, 2, 1);
        jdbc = tree.jdbc();
        an = fixture.fullMembers.get(1);
        binh = fixture.fullMembers.get(2);
        du = fixture.probationaryMembers.get(0);
        secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        setRate(secretary, an, "SALARY_SHARE", "6000000", "1", "").andExpect(redirectedUrl(rates()));
        setRate(secretary, binh, "FIXED", "", "", "20000").andExpect(redirectedUrl(rates()));
    }

    private String rates() {
        return "/branches/" + fixture.branch + "/fees/rates";
    }

    private org.springframework.test.web.servlet.ResultActions setRate(MockHttpSession who, long member, String basis,
                                                                       String salary, String share, String amount)
            throws Exception {
        return mvc.perform(post(rates()).session(who).with(csrf()).param("memberId", String.valueOf(member))
                .param("from", YEAR + "-01").param("basis", basis).param("salary", salary)
                .param("sharePercent", share).param("amount", amount));
    }

    private long meeting(long branch, YearMonth period, String status) {
        long id = jdbc.queryForObject("""
                insert into meeting (branch_id, period, kind, status, held_on, finalized_at, finalized_by)
                values (?, ?, 'REGULAR', ?, ?, case when ? = 'FINALIZED' then now() end,
                        case when ? = 'FINALIZED' then 'test' end) returning id""", Long.class,
                branch, Date.valueOf(period.atDay(1)), status, Date.valueOf(period.atDay(5)), status, status);
        refresh(branch);
        return id;
    }

    private void refresh(long branch) {
        jdbc.queryForObject("select refresh_branch_month_summary(array[?]::bigint[], '-infinity', 'infinity')",
                Integer.class, branch);
    }

    private String version(long meeting) {
        return String.valueOf(jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting));
    }

    private MockHttpServletRequestBuilder feeStep(MockHttpSession who, long meeting, Map<Long, String[]> entries) {
        MockHttpServletRequestBuilder request = post("/meetings/" + meeting + "/fees").session(who).with(csrf())
                .param("version", version(meeting));
        entries.forEach((member, typed) -> request.param("entries[" + member + "].months", typed[0])
                .param("entries[" + member + "].amount", typed[1])
                .param("entries[" + member + "].reason", typed[2]));
        return request;
    }

    private List<String> months(long member) {
        return jdbc.queryForList("""
                select to_char(period, 'YYYY-MM') || ' ' || coalesce(amount::text, 'reason:' || reason)
                  from fee_payment where member_id = ? order by period""", String.class, member);
    }

    private String page(MockHttpSession who, String url) throws Exception {
        return Browser.text(mvc.perform(get(url).session(who)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theSecretaryRecordsWhoPaidForWhichMonthsAndWhyNot() throws Exception {
        long september = meeting(fixture.branch, YearMonth.of(YEAR, 9), "HELD");
        String step = page(secretary, "/meetings/" + september + "/fees");
        assertThat(step).contains("Thu đảng phí tháng 09/2025", "60.000 đ/tháng", "20.000 đ/tháng",
                "3 tháng (09/2025 – 11/2025): 180.000 đ", "Chưa đặt mức đóng");

        // Three months at once at the member's fee, a reason, and an amount typed for one without a fee.
        mvc.perform(feeStep(secretary, september, Map.of(
                        an, new String[] {"3", "", ""},
                        binh, new String[] {"0", "", "Ốm nằm viện"},
                        fixture.secretary, new String[] {"1", "50000", ""})))
                .andExpect(redirectedUrl("/meetings/" + september));
        assertThat(months(an)).containsExactly("2025-09 60000", "2025-10 60000", "2025-11 60000");
        assertThat(months(binh)).containsExactly("2025-09 reason:Ốm nằm viện");
        assertThat(months(fixture.secretary)).containsExactly("2025-09 50000");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'fee' and action = 'FEE_PAID'"
                + " and member_id = ?", Long.class, an)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select fees_paid from branch_month_summary where branch_id = ? and period = ?",
                Integer.class, fixture.branch, Date.valueOf(LocalDate.of(YEAR, 9, 1)))).isEqualTo(2);

        // The next payment of a member who paid ahead starts after the months paid.
        assertThat(page(secretary, "/meetings/" + september + "/fees"))
                .contains("Đã đóng đến tháng 11/2025.", "1 tháng (12/2025 – 12/2025): 60.000 đ");

        // Refused, nothing saved, the rest of what was typed kept.
        String refused = Browser.text(mvc.perform(feeStep(secretary, september, Map.of(
                        fixture.secretary, new String[] {"1", "năm mươi nghìn", ""},
                        du, new String[] {"2", "", ""},
                        binh, new String[] {"1", "", "Khó khăn"})))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Vui lòng nhập một số nguyên", "năm mươi nghìn");
        refused = Browser.text(mvc.perform(feeStep(secretary, september, Map.of(
                        du, new String[] {"2", "", ""},
                        binh, new String[] {"1", "", "Khó khăn"})))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Chưa đặt mức đóng cho một số tháng",
                "Đã ghi đóng tiền thì không ghi lý do chưa đóng", "Khó khăn");
        assertThat(months(du)).isEmpty();
        assertThat(months(binh)).containsExactly("2025-09 reason:Ốm nằm viện");

        // What this meeting recorded can be undone, and entered again.
        mvc.perform(post("/meetings/" + september + "/fees").session(secretary).with(csrf())
                        .param("version", version(september)).param("entries[" + an + "].undo", "true")
                        .param("entries[" + an + "].months", "1").param("entries[" + an + "].amount", ""))
                .andExpect(redirectedUrl("/meetings/" + september));
        assertThat(months(an)).containsExactly("2025-09 60000");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'fee' and action = 'FEE_UNDONE'"
                + " and member_id = ?", Long.class, an)).isEqualTo(1);
    }

    @Test
    void everyoneWithAFeePaysUpToTheMonthInOneClick() throws Exception {
        jdbc.update("insert into fee_payment (member_id, period, branch_id, paid_on, amount, recorded_by)"
                + " values (?, ?, ?, ?, 60000, 'test')", an, Date.valueOf(LocalDate.of(YEAR, 7, 1)), fixture.branch,
                Date.valueOf(LocalDate.of(YEAR, 7, 5)));
        long september = meeting(fixture.branch, YearMonth.of(YEAR, 9), "HELD");
        mvc.perform(post("/meetings/" + september + "/fees/all").session(secretary).with(csrf())
                        .param("version", version(september)))
                .andExpect(redirectedUrl("/meetings/" + september + "/fees"));
        // The book began in July: An pays August and September, Bình July to September; no fee, nothing.
        assertThat(months(an)).containsExactly("2025-07 60000", "2025-08 60000", "2025-09 60000");
        assertThat(months(binh)).containsExactly("2025-07 20000", "2025-08 20000", "2025-09 20000");
        assertThat(months(du)).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions payBetween(MockHttpSession who, long member, String months,
                                                                          String amount, LocalDate paidOn) throws Exception {
        return mvc.perform(post("/branches/" + fixture.branch + "/fees/payments").session(who).with(csrf())
                .param("memberId", String.valueOf(member)).param("months", months).param("amount", amount)
                .param("paidOn", paidOn.toString()));
    }

    @Test
    void aPaymentBetweenMeetingsIsRecordedWithoutAMeeting() throws Exception {
        LocalDate today = LocalDate.now();
        YearMonth now = YearMonth.from(today);
        String book = "/branches/" + fixture.branch + "/fees";
        assertThat(page(secretary, book)).contains("Thu đảng phí ngoài buổi sinh hoạt", "Trần Thị An");

        // A day to come, and a member of another branch: refused, what was typed kept, nothing written.
        String refused = Browser.text(payBetween(secretary, an, "2", "", today.plusDays(1))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Ngày nộp phải trong năm nay và không sau hôm nay.");
        assertThat(refused).containsPattern("id=\"months\"[^>]*value=\"2\"");
        long stranger = jdbc.queryForObject("select id from member where branch_id = ? limit 1", Long.class,
                fixture.neighbour);
        assertThat(Browser.text(payBetween(secretary, stranger, "1", "", today)
                .andExpect(status().isUnprocessableEntity()).andReturn()))
                .contains("Vui lòng chọn một đảng viên đang sinh hoạt tại chi bộ");
        payBetween(secretary, an, "0", "", today).andExpect(status().isUnprocessableEntity());
        assertThat(months(an)).isEmpty();

        payBetween(secretary, an, "2", "", today).andExpect(redirectedUrl(book));
        assertThat(months(an)).containsExactly(now + " 60000", now.plusMonths(1) + " 60000");
        assertThat(jdbc.queryForList("select meeting_id is null and paid_on = ? from fee_payment where member_id = ?",
                Boolean.class, Date.valueOf(today), an)).containsExactly(true, true);
        // A total typed instead of the rate, shared between the months.
        payBetween(secretary, binh, "3", "50000", today).andExpect(redirectedUrl(book));
        assertThat(months(binh)).containsExactly(now + " 16668", now.plusMonths(1) + " 16666",
                now.plusMonths(2) + " 16666");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'fee' and action = 'FEE_PAID'"
                + " and meeting_id is null and member_id = ?", Long.class, an)).isEqualTo(1);

        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        assertThat(page(staff, book)).doesNotContain("Thu đảng phí ngoài buổi sinh hoạt");
        for (MockHttpSession who : List.of(staff, member, neighbour)) {
            payBetween(who, du, "1", "", today).andExpect(status().isForbidden());
        }
        assertThat(months(du)).isEmpty();

        // A mistake is taken back by the secretary alone: An's months are open again, Bình's stay.
        assertThat(page(secretary, book)).contains("Đã thu ngoài buổi sinh hoạt năm nay", "Hoàn tác khoản Trần Thị An");
        for (MockHttpSession who : List.of(staff, member, neighbour)) {
            undoBetween(who, an, today).andExpect(status().isForbidden());
        }
        assertThat(months(an)).hasSize(2);
        undoBetween(secretary, an, today).andExpect(redirectedUrl(book))
                .andExpect(flash().attribute("savedKey", "fee.between.undone"));
        assertThat(months(an)).isEmpty();
        assertThat(months(binh)).hasSize(3);
        assertThat(page(secretary, book)).doesNotContain("Hoàn tác khoản Trần Thị An");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'fee' and action = 'FEE_UNDONE'"
                + " and member_id = ?", Long.class, an)).isEqualTo(1);
        // Sent twice: nothing more to take back, said so.
        undoBetween(secretary, an, today).andExpect(redirectedUrl(book))
                .andExpect(flash().attribute("warningKey", "fee.between.nothingToUndo"));
        // Last year's book is closed: its payment stays.
        LocalDate lastYear = today.minusYears(1);
        jdbc.update("insert into fee_payment (member_id, period, branch_id, paid_on, amount, recorded_by)"
                + " values (?, ?, ?, ?, 60000, 'test')", an, Date.valueOf(lastYear.withDayOfMonth(1)), fixture.branch,
                Date.valueOf(lastYear));
        undoBetween(secretary, an, lastYear).andExpect(flash().attribute("warningKey", "fee.between.nothingToUndo"));
        assertThat(jdbc.queryForObject("select count(*) from fee_payment where member_id = ? and paid_on = ?",
                Long.class, an, Date.valueOf(lastYear))).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions undoBetween(MockHttpSession who, long member,
                                                                           LocalDate paidOn) throws Exception {
        return mvc.perform(post("/branches/" + fixture.branch + "/fees/payments/undo").session(who).with(csrf())
                .param("memberId", String.valueOf(member)).param("paidOn", paidOn.toString()));
    }

    @Test
    void onlyTheBranchSecretaryWritesStaffReadAndOthersAreRefused() throws Exception {
        long september = meeting(fixture.branch, YearMonth.of(YEAR, 9), "HELD");
        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        MockHttpSession member = Browser.login(mvc, fixture.memberLogin, BranchFixture.PASSWORD);
        MockHttpSession neighbour = Browser.login(mvc, fixture.neighbourSecretaryLogin, BranchFixture.PASSWORD);
        String book = "/branches/" + fixture.branch + "/fees?year=" + YEAR;

        assertThat(page(staff, book)).contains("sổ thu, nộp đảng phí năm 2025");
        assertThat(page(staff, rates())).contains("60.000 đ/tháng").doesNotContain("Đặt mức đóng");
        for (MockHttpSession refused : List.of(member, neighbour)) {
            mvc.perform(get(book).session(refused)).andExpect(status().isForbidden());
            mvc.perform(get("/branches/" + fixture.branch + "/fees.xlsx").session(refused))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/meetings/" + september + "/fees").session(refused)).andExpect(status().isForbidden());
        }
        for (MockHttpSession refused : List.of(staff, member, neighbour)) {
            setRate(refused, an, "FIXED", "", "", "1").andExpect(status().isForbidden());
            mvc.perform(post("/branches/" + fixture.branch + "/fees/handover").session(refused).with(csrf())
                    .param("period", YEAR + "-09").param("amount", "1").param("handedOn", YEAR + "-09-20"))
                    .andExpect(status().isForbidden());
            mvc.perform(feeStep(refused, september, Map.of(an, new String[] {"1", "", ""})))
                    .andExpect(status().isForbidden());
        }
        assertThat(months(an)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from fee_handover where branch_id = ?", Long.class,
                fixture.branch)).isZero();
        assertThat(jdbc.queryForObject("select amount from fee_rate where member_id = ?", Long.class, an))
                .isEqualTo(60000);
    }

    @Test
    void ratesAreCheckedAndKeptAsTypedWhenRefused() throws Exception {
        String refused = Browser.text(setRate(secretary, an, "SALARY_SHARE", "", "1,5", "")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Vui lòng nhập một số (ví dụ 1 hoặc 0.5)", "1,5");
        refused = Browser.text(setRate(secretary, an, "SALARY_SHARE", "0", "1", "")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Xin nhập tiền lương hằng tháng");
        refused = Browser.text(setRate(secretary, fixture.province, "FIXED", "", "", "20000")
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Xin chọn một đảng viên của chi bộ");
        setRate(secretary, an, "SALARY_SHARE", "7350000", "1", "").andExpect(redirectedUrl(rates()));
        assertThat(jdbc.queryForList("select amount from fee_rate where member_id = ?", Long.class, an))
                .containsExactly(73500L);
    }

    @Test
    void theBookItsSpreadsheetAndTheAmountHandedUp() throws Exception {
        long september = meeting(fixture.branch, YearMonth.of(YEAR, 9), "HELD");
        mvc.perform(feeStep(secretary, september, Map.of(an, new String[] {"2", "", ""},
                        binh, new String[] {"1", "", ""})))
                .andExpect(redirectedUrl("/meetings/" + september));

        String refused = Browser.text(mvc.perform(post("/branches/" + fixture.branch + "/fees/handover")
                        .session(secretary).with(csrf()).param("period", YEAR + "-09").param("amount", "140000")
                        .param("handedOn", LocalDate.now().plusDays(2).toString()).param("note", "Nộp Đảng ủy xã"))
                .andExpect(status().isUnprocessableEntity()).andReturn());
        assertThat(refused).contains("Ngày nộp phải từ đầu tháng thu đến hôm nay", "140000", "Nộp Đảng ủy xã");
        mvc.perform(post("/branches/" + fixture.branch + "/fees/handover").session(secretary).with(csrf())
                        .param("period", YEAR + "-09").param("amount", "140000").param("handedOn", YEAR + "-09-20")
                        .param("note", "Nộp Đảng ủy xã"))
                .andExpect(redirectedUrl("/branches/" + fixture.branch + "/fees?year=" + YEAR));

        String book = page(secretary, "/branches/" + fixture.branch + "/fees?year=" + YEAR);
        assertThat(book).contains("Nguyễn Văn Bí", "Trần Thị An", "60.000 đ", "120.000 đ", "140.000 đ");

        byte[] xlsx = mvc.perform(get("/branches/" + fixture.branch + "/fees.xlsx?year=" + YEAR).session(secretary))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Tháng 9");
            Row anRow = null;
            Row handed = null;
            for (Row row : sheet) {
                String name = row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue();
                if (name.equals("Trần Thị An")) {
                    anRow = row;
                } else if (name.equals("Nộp cấp trên")) {
                    handed = row;
                }
            }
            assertThat(anRow).isNotNull();
            assertThat(anRow.getCell(2).getNumericCellValue()).isEqualTo(60000);
            assertThat(anRow.getCell(11).getNumericCellValue()).isEqualTo(60000);
            assertThat(anRow.getCell(12).getNumericCellValue()).isEqualTo(60000);
            assertThat(anRow.getCell(15).getNumericCellValue()).isEqualTo(120000);
            assertThat(handed).isNotNull();
            assertThat(handed.getCell(11).getNumericCellValue()).isEqualTo(140000);
        }
    }

    @Test
    void threeMonthsUnpaidWithoutAReasonFlagTheMemberAndTheFlagFollowsATransfer() throws Exception {
        // The branch's book starts in January; An never pays; Bình pays January and gives a reason in March.
        jdbc.update("insert into fee_payment (member_id, period, branch_id, paid_on, amount, recorded_by)"
                + " values (?, ?, ?, ?, 20000, 'test')", binh, Date.valueOf(LocalDate.of(YEAR, 1, 1)), fixture.branch,
                Date.valueOf(LocalDate.of(YEAR, 1, 5)));
        jdbc.update("insert into fee_payment (member_id, period, branch_id, reason, recorded_by)"
                + " values (?, ?, ?, 'Ốm', 'test')", binh, Date.valueOf(LocalDate.of(YEAR, 3, 1)), fixture.branch);
        meeting(fixture.branch, YearMonth.of(YEAR, 1), "FINALIZED");
        meeting(fixture.branch, YearMonth.of(YEAR, 2), "FINALIZED");
        long april = meeting(fixture.branch, YearMonth.of(YEAR, 4), "HELD");
        assertThat(unpaid(an)).containsExactly(1, 2);
        assertThat(unpaid(binh)).containsExactly(2);

        // A transfer in June: two months unpaid in the first branch and July unpaid in the second make three.
        jdbc.update("""
                insert into member_event (member_id, kind, occurred_on, branch_id, from_branch_id, recorded_by)
                values (?, 'TRANSFERRED', ?, ?, ?, 'test')""", an, Date.valueOf(LocalDate.of(YEAR, 6, 15)),
                fixture.neighbour, fixture.branch);
        jdbc.queryForObject("select member_history_replay(array[?]::bigint[], ?)", Object.class, an,
                Date.valueOf(LocalDate.of(YEAR, 6, 1)));
        long neighbourSecretary = jdbc.queryForObject(
                "select id from member where branch_id = ? and branch_role = 'SECRETARY'", Long.class, fixture.neighbour);
        jdbc.update("insert into fee_payment (member_id, period, branch_id, paid_on, amount, recorded_by)"
                + " values (?, ?, ?, ?, 20000, 'test')", neighbourSecretary, Date.valueOf(LocalDate.of(YEAR, 7, 1)),
                fixture.neighbour, Date.valueOf(LocalDate.of(YEAR, 7, 5)));
        long july = meeting(fixture.neighbour, YearMonth.of(YEAR, 7), "FINALIZED");
        assertThat(unpaid(an)).containsExactly(1, 2, 7);

        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        assertThat(page(staff, "/meetings/" + july)).contains(
                "Đồng chí Trần Thị An đã 3 tháng không đóng đảng phí, không có lý do, trong năm: cần xem xét xóa tên.");
        assertThat(page(staff, "/meetings/" + april)).doesNotContain("không đóng đảng phí");
        String dashboard = page(staff, "/dashboard?org=" + fixture.province + "&period=" + YEAR + "-07");
        assertThat(dashboard).contains("Đảng viên không đóng đảng phí, không lý do, từ 3 tháng trong năm");
        String flagged = dashboard.substring(dashboard.indexOf("id=\"unpaid-fee-flags\""));
        assertThat(flagged.substring(0, flagged.indexOf("</ul>")).replaceAll("<[^>]+>|\\s+", " "))
                .containsPattern("Trần Thị An\\s+–\\s+Chi bộ bên cạnh\\S*\\s+\\(\\s*3 tháng\\s*\\)");
        assertThat(page(staff, "/members/" + an + "?year=" + YEAR)).contains("Đã 3 tháng không đóng đảng phí");
        assertThat(page(staff, "/branches/" + fixture.branch + "/fees?year=" + YEAR)).contains("Nợ 2 tháng");

        // Paying the oldest month at the first branch's April meeting clears the flag, everywhere at once.
        mvc.perform(feeStep(secretary, april, Map.of(an, new String[] {"1", "", ""})))
                .andExpect(redirectedUrl("/meetings/" + april));
        assertThat(months(an)).containsExactly("2025-01 60000");
        assertThat(unpaid(an)).containsExactly(2, 7);
        assertThat(page(staff, "/members/" + an + "?year=" + YEAR)).doesNotContain("không đóng đảng phí, không có lý do");
        assertThat(page(staff, "/meetings/" + july)).doesNotContain("không đóng đảng phí");
        assertThat(RollupCheck.differences(jdbc, jdbc.queryForObject(
                "select path from organization where id = ?", String.class, fixture.province))).isEmpty();
    }

    @Test
    void unexcusedAbsenceFollowsAMemberAcrossATransfer() throws Exception {
        for (int month : new int[] {2, 3}) {
            long held = meeting(fixture.branch, YearMonth.of(YEAR, month), "FINALIZED");
            jdbc.update("insert into attendance (meeting_id, member_id, status) values (?, ?, 'UNEXCUSED')", held, an);
            refresh(fixture.branch);
        }
        jdbc.update("""
                insert into member_event (member_id, kind, occurred_on, branch_id, from_branch_id, recorded_by)
                values (?, 'TRANSFERRED', ?, ?, ?, 'test')""", an, Date.valueOf(LocalDate.of(YEAR, 6, 15)),
                fixture.neighbour, fixture.branch);
        jdbc.queryForObject("select member_history_replay(array[?]::bigint[], ?)", Object.class, an,
                Date.valueOf(LocalDate.of(YEAR, 6, 1)));
        long july = meeting(fixture.neighbour, YearMonth.of(YEAR, 7), "FINALIZED");
        jdbc.update("insert into attendance (meeting_id, member_id, status) values (?, ?, 'UNEXCUSED')", july, an);
        refresh(fixture.neighbour);

        MockHttpSession staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        assertThat(page(staff, "/meetings/" + july)).contains(
                "Đồng chí Trần Thị An đã vắng sinh hoạt không lý do 3 tháng trong năm: cần xem xét xóa tên.");
        // The dashboard's attention list counts them too, in the branch they are in now, from July.
        assertThat(unexcusedList(page(staff, "/dashboard?org=" + fixture.province + "&period=" + YEAR + "-07")))
                .containsPattern("Trần Thị An\\s+–\\s+Chi bộ bên cạnh\\S*\\s+\\(\\s*3 tháng\\s*\\)");
        assertThat(unexcusedList(page(staff, "/dashboard?org=" + fixture.province + "&period=" + YEAR + "-06")))
                .doesNotContain("Trần Thị An");
    }

    /** The dashboard's list of members flagged for unexcused absence, as text. */
    private static String unexcusedList(String dashboard) {
        String list = dashboard.substring(dashboard.indexOf("id=\"unexcused-flags\""));
        return list.substring(0, list.indexOf("</ul>")).replaceAll("<[^>]+>|\\s+", " ");
    }

    private List<Integer> unpaid(long member) {
        return jdbc.queryForList("select unnest(unpaid_months)::int from member_year_flag where member_id = ?"
                + " and year = ?", Integer.class, member, YEAR);
    }
}
