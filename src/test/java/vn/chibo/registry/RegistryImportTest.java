package vn.chibo.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.Browser;
import vn.chibo.support.BranchFixture;
import vn.chibo.support.ChiboIntegrationTest;
import vn.chibo.support.RollupCheck;
import vn.chibo.support.TreeBuilder;

/**
 * A district moves in from a file: the template, a check that writes nothing and lists every problem
 * where it is, an import that writes all or nothing, and an export that imports again as "0 changes".
 */
@ChiboIntegrationTest
class RegistryImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    TreeBuilder tree;

    JdbcTemplate jdbc;
    BranchFixture fixture;
    MockHttpSession staff;
    String province;

    @BeforeEach
    void aProvinceAndItsStaff() throws Exception {
        jdbc = tree.jdbc();
        fixture = new BranchFixture(tree, 2, 0);
        staff = Browser.login(mvc, fixture.staffLogin, BranchFixture.PASSWORD);
        province = jdbc.queryForObject("select code from organization where id = ?", String.class, fixture.province);
    }

    /** A registry workbook: organization rows then member rows, each a list of cells (a LocalDate is a real date). */
    private static byte[] workbook(List<List<Object>> organizations, List<List<Object>> members) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        sheet(workbook.newWorksheet("Tổ chức"), List.of("Mã", "Tên", "Mã tổ chức cấp trên", "Loại"), organizations);
        // Headers in another order and without diacritics match too.
        sheet(workbook.newWorksheet("Đảng viên"), List.of("Ma chi bo", "Họ và tên", "Gioi tinh", "Ngày sinh",
                "Số thẻ đảng viên", "Ngày vào Đảng", "Ngày chính thức", "Chức vụ trong chi bộ", "Điện thoại"), members);
        workbook.finish();
        return out.toByteArray();
    }

    private static void sheet(Worksheet sheet, List<String> headers, List<List<Object>> rows) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof LocalDate date) {
                    sheet.value(r + 1, c, date);
                    sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                } else if (value != null) {
                    sheet.value(r + 1, c, value.toString());
                }
            }
        }
    }

    /** Uploads a file and waits for its check; the job page's text. */
    private String upload(String name, byte[] bytes) throws Exception {
        String url = mvc.perform(multipart("/organizations/" + fixture.province + "/import")
                        .file(new MockMultipartFile("file", name, XLSX, bytes)).session(staff).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        lastJob = url;
        return settled(url);
    }

    private String lastJob;

    private String settled(String url) throws Exception {
        for (int i = 0; i < 200; i++) {
            String page = Browser.text(mvc.perform(get(url).session(staff)).andExpect(status().isOk()).andReturn());
            if (!page.contains("dòng…")) {
                return page;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never finished");
    }

    private String confirm() throws Exception {
        mvc.perform(post(lastJob + "/confirm").session(staff).with(csrf())).andExpect(status().is3xxRedirection());
        return settled(lastJob);
    }

    @Test
    void aSmallDistrictComesInFromTheTemplateAndItsExportImportsAsNoChange() throws Exception {
        byte[] template = mvc.perform(get("/organizations/" + fixture.province + "/import/template.xlsx").session(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(read.getSheetAt(0).getSheetName()).isEqualTo("Tổ chức");
            assertThat(read.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
        }
        String commune = TreeBuilder.unique("xa");
        String branch = TreeBuilder.unique("cb");
        LocalDate today = LocalDate.now();
        byte[] file = workbook(List.of(
                List.of(commune, "Đảng bộ xã Đông Tiến", province, "Đảng bộ xã"),
                List.of(branch, "Chi bộ thôn Nam Hà", commune, "Chi bộ trực thuộc")), List.of(
                List.of(branch, "Nguyễn Văn Nhập", "Nam", LocalDate.of(1970, 5, 1), TreeBuilder.unique("1"),
                        LocalDate.of(1995, 3, 2), LocalDate.of(1996, 3, 2), "Bí thư", "0912000111"),
                List.of(branch, "Trần Thị Hai", "Nữ", "12/08/1985", TreeBuilder.unique("2"), "03/02/2010",
                        "03/02/2011", "", ""),
                List.of(branch, "Lê Văn Mới", "nam", "", "", today.minusMonths(2), "", "", "")));
        String preview = upload("huyen.xlsx", file);
        assertThat(preview).contains("Kết quả kiểm tra (chưa ghi gì)", "Tệp không có lỗi").doesNotContain("Tệp có ");
        assertThat(jdbc.queryForObject("select count(*) from organization where code = ?", Long.class, commune)).isZero();
        String done = confirm();
        assertThat(done).contains("Đã nhập xong vào hệ thống");

        long branchId = jdbc.queryForObject("select id from organization where code = ?", Long.class, branch);
        assertThat(jdbc.queryForList("select full_name from month_roll(?, ?) order by sort_key", String.class, branchId,
                Date.valueOf(YearMonth.now().atDay(1)))).containsExactly("Trần Thị Hai", "Lê Văn Mới", "Nguyễn Văn Nhập");
        assertThat(jdbc.queryForObject("select branch_role from member where full_name = 'Nguyễn Văn Nhập'", String.class))
                .isEqualTo("SECRETARY");
        assertThat(jdbc.queryForObject("select status from member where full_name = 'Lê Văn Mới'", String.class))
                .isEqualTo("PROBATIONARY");
        String path = jdbc.queryForObject("select path from organization where id = ?", String.class, fixture.province);
        assertThat(RollupCheck.differences(jdbc, path)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'imported' and entity_type = 'member'"
                + " and entity_id in (select id from member where branch_id = ?)", Long.class, branchId)).isEqualTo(3);

        byte[] export = mvc.perform(get("/organizations/" + fixture.province + "/members.xlsx").session(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String again = upload("xuat.xlsx", export);
        assertThat(again).contains("0 thay đổi");
        assertThat(again).doesNotContain("Nhập vào hệ thống");
    }

    @Test
    void aDependentBranchOutsideAGrassrootsOrganizationIsRefused() throws Exception {
        String branch = TreeBuilder.unique("cb");
        byte[] file = workbook(List.of(List.of(branch, "Chi bộ thôn Lạc", province, "Chi bộ trực thuộc")), List.of(
                List.of(branch, "Đỗ Văn Lạc", "Nam", "", "", "01/01/2001", "", "", "")));
        String preview = upload("lac.xlsx", file);
        assertThat(preview).contains("Tệp có ", "Chi bộ trực thuộc phải trực thuộc một đảng bộ cơ sở")
                .doesNotContain("Nhập vào hệ thống");
        assertThat(jdbc.queryForObject("select count(*) from organization where code = ?", Long.class, branch)).isZero();
    }

    @Test
    void oneBadRowWritesNothingAndEachProblemSaysWhereItIs() throws Exception {
        String branch = TreeBuilder.unique("cb");
        String taken = TreeBuilder.unique("7");
        jdbc.update("update member set party_card_number = ? where id = ?", taken, fixture.secretary);
        byte[] file = workbook(List.of(List.of(branch, "Chi bộ mới", province, "Chi bộ cơ sở")), List.of(
                List.of(branch, "Đúng Hết", "Nam", "", "", "01/01/2001", "", "", ""),
                List.of(branch, "Sai Ngày", "Nữ", "", "", "31/02/2001", "", "", ""),
                List.of("khong-co-ma", "Sai Chi Bộ", "Nam", "", "", "01/01/2001", "", "", ""),
                List.of(branch, "Trùng Thẻ", "Nam", "", taken, "01/01/2001", "", "", ""),
                List.of(branch, "=HYPERLINK(\"x\")", "Nam", "", "", "01/01/2001", "", "Trưởng thôn", "")));
        String preview = upload("loi.xlsx", file);
        assertThat(preview).contains("Tệp có 4 lỗi")
                .contains("Ngày &quot;31/02/2001&quot; không đúng")
                .contains("Không có chi bộ mang mã &quot;khong-co-ma&quot;")
                .contains("Chức vụ &quot;Trưởng thôn&quot; không đúng")
                .doesNotContain("Nhập vào hệ thống");
        // The secretary's card, a member of another branch: moving them is a transfer, not an import.
        assertThat(preview.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
                .contains("Đảng viên 3 Ngày vào Đảng Ngày &quot;31/02/2001&quot;")
                .contains("Đảng viên 5 Mã chi bộ Đảng viên đang sinh hoạt ở chi bộ");
        mvc.perform(post(lastJob + "/confirm").session(staff).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from organization where code = ?", Long.class, branch)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from member where full_name = 'Đúng Hết'", Long.class)).isZero();
    }

    @Test
    void badFilesAreRefusedWithAClearMessage() throws Exception {
        assertThat(upload("trong.xlsx", new byte[0])).contains("Tệp trống");
        assertThat(upload("ghi-chu.txt", "hello".getBytes(StandardCharsets.UTF_8)))
                .contains("Chỉ nhận tệp .xlsx hoặc .csv");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(upload("mat-khau.xlsx", ole2)).contains("Tệp có mật khẩu");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook only = new Workbook(out, "test", "1.0");
        only.newWorksheet("Tổ chức").value(0, 0, "Mã");
        only.newWorksheet("Đảng viên").value(0, 0, "Họ và tên");
        only.finish();
        assertThat(upload("thieu.xlsx", out.toByteArray())).contains("Bảng &quot;Tổ chức&quot; thiếu cột &quot;Tên&quot;");
        ByteArrayOutputStream noMembers = new ByteArrayOutputStream();
        Workbook orgsOnly = new Workbook(noMembers, "test", "1.0");
        sheet(orgsOnly.newWorksheet("To chuc"), List.of("Mã", "Tên", "Mã tổ chức cấp trên", "Loại"), List.of());
        orgsOnly.finish();
        assertThat(upload("mot-bang.xlsx", noMembers.toByteArray())).contains("Tệp thiếu bảng &quot;Đảng viên&quot;");
    }

    @Test
    void aCsvWithABomAndSemicolonsAddsMembersToABranchThatExists() throws Exception {
        String code = jdbc.queryForObject("select code from organization where id = ?", String.class, fixture.branch);
        String csv = "\uFEFFHọ và tên;Giới tính;Ngày vào Đảng;Mã chi bộ;Ngày chính thức\n"
                + "Phan Văn Csv;Nam;02/01/2015;" + code + ";02/01/2016\n";
        String preview = upload("ds.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview).contains("Kết quả kiểm tra", "Tệp không có lỗi").doesNotContain("Tệp có ");
        confirm();
        assertThat(jdbc.queryForObject("select status from member where full_name = 'Phan Văn Csv' and branch_id = ?",
                String.class, fixture.branch)).isEqualTo("FULL");
    }

    @Test
    void onlyTheCommitteeOfThatPartOfTheTreeImports() throws Exception {
        MockHttpSession secretary = Browser.login(mvc, fixture.secretaryLogin, BranchFixture.PASSWORD);
        mvc.perform(get("/organizations/" + fixture.province + "/import").session(secretary))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/organizations/" + fixture.branch + "/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                        .session(secretary).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations/" + fixture.province + "/members.xlsx").session(secretary))
                .andExpect(status().isForbidden());
        // Someone else's job is not found, even by its token.
        upload("trong.xlsx", new byte[0]);
        String outsider = TreeBuilder.unique("cbk");
        tree.account(outsider, BranchFixture.PASSWORD, null, fixture.province, "DISTRICT_STAFF");
        MockHttpSession other = Browser.login(mvc, outsider, BranchFixture.PASSWORD);
        mvc.perform(get(lastJob).session(other)).andExpect(status().isNotFound());
    }
}
