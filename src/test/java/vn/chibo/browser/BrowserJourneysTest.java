package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The three journeys and a refusal, in headless Chromium the way a person goes: by what the page
 * shows. The member's journey comes first, as the secretary then sees their self-assessment
 * and locks the month.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BrowserDatabase.class)
@TestMethodOrder(OrderAnnotation.class)
class BrowserJourneysTest {

    static final int DESKTOP_WIDTH = 1366;
    static final int DESKTOP_HEIGHT = 768;
    static final String SELF_TEXT = "Tuyên truyền nghị quyết đến 12 hộ; hoàn thành báo cáo tháng.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final YearMonth month = YearMonth.now();

    @BeforeAll
    static void chromium() {
        Chromium.requireInstalled();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private String monthLabel() {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    @Test
    @Order(1)
    void aMemberOnAPhoneSeesTheirMonthsReportsProgressAndAssessesThemself() {
        try (Chromium phone = Chromium.open(base(), "member", 360, 740)) {
            phone.login("dangvien");
            assertThat(phone.driver.getCurrentUrl()).endsWith("/me");
            assertThat(phone.driver.findElements(By.cssSelector(".month-strip .month-cell"))).hasSize(12);
            assertThat(phone.text()).contains("Xếp loại 12 tháng gần nhất", "Chưa gửi tự đánh giá.");
            assertThat(phone.scrollsSideways()).isFalse();
            phone.check("start-page");

            phone.follow("Nhiệm vụ");
            List<WebElement> progress = phone.driver.findElements(By.name("progress"));
            assertThat(progress).isNotEmpty();
            new Select(progress.get(0)).selectByVisibleText("Đã xong");
            phone.driver.findElements(By.name("note")).get(0).sendKeys("Đã đến đủ các hộ");
            phone.navigate(phone.driver.findElements(By.xpath("//button[normalize-space()='Báo tiến độ']")).get(0));
            assertThat(phone.text()).contains("Đã báo: đã xong.", "Đã đến đủ các hộ");
            assertThat(phone.scrollsSideways()).isFalse();
            phone.check("task-progress");

            phone.follow("Tháng này");
            phone.follow("Gửi tự đánh giá");
            phone.driver.findElement(By.xpath("//label[normalize-space()='Hoàn thành tốt nhiệm vụ']")).click();
            phone.field("Những việc đã làm trong tháng").sendKeys(SELF_TEXT);
            assertThat(phone.scrollsSideways()).isFalse();
            phone.check("self-assessment-form");
            phone.press("Gửi tự đánh giá");
            assertThat(phone.text()).contains("Đã gửi tự đánh giá.", "Đã gửi: Hoàn thành tốt nhiệm vụ.");
            assertThat(phone.scrollsSideways()).isFalse();
            phone.check("self-assessment-sent");
            phone.go("/me/commitments");
            assertThat(phone.text()).contains("Thêm cam kết");
            assertThat(phone.scrollsSideways()).isFalse();
            phone.check("commitments");

            // A draft is kept under the account while typing, and signing out removes it.
            phone.go("/me/self-assessment/" + YearMonth.now());
            phone.field("Những việc đã làm trong tháng").sendKeys(" Thêm một việc.");
            JavascriptExecutor js = (JavascriptExecutor) phone.driver;
            String drafts = "return Object.keys(localStorage).filter(k => k.indexOf('chibo-draft:') === 0).join(' ')";
            new WebDriverWait(phone.driver, Duration.ofSeconds(5)).until(d -> !String.valueOf(js.executeScript(drafts)).isEmpty());
            assertThat(String.valueOf(js.executeScript(drafts))).matches("chibo-draft:\\d+:self-.*");
            phone.press("Đăng xuất");
            assertThat(String.valueOf(js.executeScript(drafts))).isEmpty();
        }
        // The secretary's rating row shows it.
        try (Chromium desktop = Chromium.open(base(), "member-seen-by-secretary", DESKTOP_WIDTH, DESKTOP_HEIGHT)) {
            desktop.login("bithu");
            openThisMonthsMeeting(desktop);
            desktop.follow("Xếp loại");
            assertThat(desktop.text()).contains(SELF_TEXT);
            desktop.check("rating-row-shows-self-assessment");
        }
    }

    private void openThisMonthsMeeting(Chromium browser) {
        browser.followContaining("Sinh hoạt chi bộ tháng " + monthLabel());
        browser.check("month");
        if (!browser.driver.findElements(By.xpath("//button[normalize-space()='Lập kế hoạch']")).isEmpty()) {
            browser.press("Lập kế hoạch");
        }
    }

    @Test
    @Order(2)
    void theSecretaryRecordsTheMonthAndLocksIt() throws Exception {
        try (Chromium browser = Chromium.open(base(), "secretary", DESKTOP_WIDTH, DESKTOP_HEIGHT)) {
            browser.login("bithu");
            assertThat(browser.text()).contains("Chi bộ Ban Tuyên giáo Huyện ủy", "Đảng viên (4)");
            browser.check("branch-page");
            String branchPage = browser.driver.getCurrentUrl();
            browser.follow("Kế hoạch xây dựng Chi bộ điểm toàn diện");
            assertThat(browser.text()).contains("Công tác giáo dục chính trị, tư tưởng", "Đăng ký giải pháp");
            browser.check("pilot-plan");
            browser.driver.get(branchPage);
            browser.follow("Kiểm điểm cuối năm");
            assertThat(browser.text()).contains("Kiểm điểm, đề xuất xếp loại cuối năm");
            browser.check("year-end");
            browser.driver.get(branchPage);

            openThisMonthsMeeting(browser);
            browser.follow("Kế hoạch");
            browser.setValue(browser.field("Ngày họp"), month.atDay(5).toString());
            browser.setValue(browser.field("Bắt đầu"), "14:00");
            browser.setValue(browser.field("Kết thúc"), "16:00");
            browser.field("Địa điểm").clear();
            browser.field("Địa điểm").sendKeys("Phòng họp Ban Tuyên giáo");
            new Select(browser.field("Thư ký")).selectByIndex(2);
            browser.check("plan");
            browser.press("Lưu");
            assertThat(browser.text()).contains("Đã lưu kế hoạch.", "05/" + monthLabel(), "Phòng họp Ban Tuyên giáo");
            browser.check("overview-planned");

            browser.follow("Điểm danh");
            browser.press("Tất cả có mặt");
            List<WebElement> statuses = browser.driver.findElements(By.cssSelector("select[id^='status-']"));
            new Select(statuses.get(2)).selectByVisibleText("Vắng có lý do");
            browser.driver.findElements(By.cssSelector("input[id^='reason-']")).get(2).sendKeys("Ốm, có đơn xin phép");
            browser.check("attendance");
            browser.press("Lưu");
            assertThat(browser.text()).contains("Đã lưu điểm danh.", "có mặt: 3; vắng: 1", "Ốm, có đơn xin phép");

            browser.follow("Biên bản");
            browser.driver.findElements(By.tagName("textarea")).get(0)
                    .sendKeys("Đồng chí Bí thư khai mạc.\nĐã thu đảng phí tháng " + monthLabel() + ".");
            browser.check("minutes");
            browser.press("Lưu");
            assertThat(browser.text()).contains("Đã lưu biên bản.", "Đồng chí Bí thư khai mạc.");

            browser.follow("Nhiệm vụ");
            for (WebElement result : browser.driver.findElements(By.cssSelector("select[id^='result-']"))) {
                new Select(result).selectByVisibleText("Hoàn thành đúng hạn");
            }
            browser.check("task-review");
            browser.press("Lưu kết quả kiểm điểm");
            assertThat(browser.text()).contains("Đã lưu nhiệm vụ.");
            browser.follow("Nhiệm vụ");
            new Select(browser.field("Đảng viên được giao")).selectByIndex(2);
            browser.field("Nhiệm vụ").sendKeys("Viết bài tuyên truyền nghị quyết tháng");
            browser.setValue(browser.field("Hạn hoàn thành"), month.plusMonths(1).atDay(20).toString());
            browser.press("Giao nhiệm vụ");
            assertThat(browser.text()).contains("Viết bài tuyên truyền nghị quyết tháng");
            browser.check("task-assigned");

            browser.follow("Nghị quyết");
            browser.field("Nội dung nghị quyết").sendKeys("Tập trung tuyên truyền nghị quyết của cấp trên.");
            browser.field("Tán thành").clear();
            browser.field("Tán thành").sendKeys("2");
            browser.check("resolution");
            browser.press("Lưu");
            assertThat(browser.text()).contains("Nghị quyết được thông qua.");

            browser.follow("Xếp loại");
            assertThat(browser.text()).contains("Mức cao nhất được xếp", SELF_TEXT);
            for (WebElement level : browser.driver.findElements(By.cssSelector("select[id^='level-']"))) {
                new Select(level).selectByVisibleText("Hoàn thành tốt nhiệm vụ");
            }
            browser.check("ratings");
            browser.press("Lưu");
            assertThat(browser.text()).contains("Đã lưu xếp loại.");

            browser.press("Thông qua và khóa biên bản");
            assertThat(browser.text()).contains("Đã thông qua và khóa biên bản.", "Đã khóa biên bản");
            browser.check("finalized");

            String pdf = browser.link("Tải biên bản (PDF)").getAttribute("href");
            HttpResponse<byte[]> response = fetch(pdf, browser);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
        }
    }

    @Test
    @Order(3)
    void districtStaffReadTheDashboardAndDrillDownToAMember() throws Exception {
        try (Chromium browser = Chromium.open(base(), "district", DESKTOP_WIDTH, DESKTOP_HEIGHT)) {
            browser.login("huyenuy");
            assertThat(browser.text()).contains("Huyện ủy Cô Tô", "Đảng bộ xã Đồng Tiến");
            browser.check("district-page");
            browser.follow("Bảng theo dõi");
            assertThat(browser.text()).contains("Tình hình sinh hoạt 12 tháng", "Chi bộ điểm toàn diện so với các chi bộ khác",
                    "Cần quan tâm");
            assertThat(browser.driver.findElements(By.cssSelector("td.grid-cell")).size()).isGreaterThan(100);
            // The charts draw under the Content-Security-Policy (scripts from the app's own files only).
            new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                    .until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
            browser.check("dashboard");
            long district = jdbc.queryForObject("select id from organization where code = 'hu-coto'", Long.class);
            browser.go("/organizations/" + district + "/pilot");
            assertThat(browser.text()).contains("Kế hoạch của các chi bộ điểm năm", "chi bộ điểm;");
            browser.check("pilot-plans");
            browser.driver.navigate().back();

            browser.follow("Đảng bộ xã Đồng Tiến");
            assertThat(browser.text()).contains("Đảng bộ xã Đồng Tiến", "Chi bộ thôn Hải Tiến");
            browser.check("commune-dashboard");
            // A grid cell's link, relative to the dashboard's address, opens that branch's month.
            browser.driver.findElement(By.cssSelector("td.grid-cell a")).click();
            assertThat(browser.driver.getCurrentUrl()).matches(".*/branches/\\d+/meetings/\\d{4}-\\d{2}");
            assertThat(browser.text()).contains("Sinh hoạt chi bộ");
            browser.driver.navigate().back();
            browser.follow("Chi bộ thôn Hải Tiến");
            assertThat(browser.text()).contains("Chi bộ thôn Hải Tiến", "Tình hình sinh hoạt 12 tháng");
            browser.check("branch-dashboard");
            browser.follow("Trang chi bộ");
            assertThat(browser.text()).contains("Chi bộ thôn Hải Tiến", "Chi bộ điểm toàn diện");
            browser.check("branch-page");
            WebElement member = browser.driver.findElement(By.cssSelector("table a[href^='/members/']"));
            String name = member.getText();
            browser.navigate(member);
            assertThat(browser.text()).contains(name, "Xếp loại hằng tháng");
            browser.check("member-page");

            browser.follow("Bảng theo dõi");
            String export = browser.link("Xuất bảng các chi bộ (Excel)").getAttribute("href");
            HttpResponse<byte[]> response = fetch(export, browser);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
            assertThat(response.body()[0]).isEqualTo((byte) 'P');
        }
    }

    @Test
    @Order(4)
    void aSecretaryWhoEditsTheAddressToAnotherBranchSeesTheRefusalInVietnamese() {
        long other = jdbc.queryForObject("select id from organization where code = 'dt-haitien'", Long.class);
        try (Chromium browser = Chromium.open(base(), "refusal", DESKTOP_WIDTH, DESKTOP_HEIGHT)) {
            browser.login("bithu");
            browser.go("/branches/" + other);
            assertThat(browser.text()).contains("Không có quyền truy cập",
                    "Trang này nằm ngoài phạm vi được giao cho tài khoản của bạn.");
            browser.check("forbidden");
            browser.follow("Về trang chính");
            assertThat(browser.text()).contains("Chi bộ Ban Tuyên giáo Huyện ủy");
        }
    }

    private static HttpResponse<byte[]> fetch(String url, Chromium browser) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        browser.sessionCookie().forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(5)
    void districtStaffBringInACommuneFromAFileAndASecretaryAdmitsAMember() throws Exception {
        Path file = Files.createTempFile("xa-moi-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet organizations = workbook.newWorksheet("Tổ chức");
            List<String> orgHeaders = List.of("Mã", "Tên", "Mã tổ chức cấp trên", "Loại");
            List<List<String>> orgRows = List.of(List.of("xa-bien", "Đảng bộ xã Biển Xanh", "hu-coto", "Đảng bộ xã"),
                    List.of("xa-bien-1", "Chi bộ thôn Biển 1", "xa-bien", "Chi bộ trực thuộc"));
            write(organizations, orgHeaders, orgRows);
            Worksheet members = workbook.newWorksheet("Đảng viên");
            write(members, List.of("Họ và tên", "Giới tính", "Ngày vào Đảng", "Ngày chính thức", "Mã chi bộ",
                    "Chức vụ trong chi bộ"), List.of(
                    List.of("Vũ Văn Biển", "Nam", "02/03/2001", "02/03/2002", "xa-bien-1", "Bí thư"),
                    List.of("Đinh Thị Sóng", "Nữ", "15/06/2010", "15/06/2011", "xa-bien-1", ""),
                    List.of("Mai Văn Gió", "Nam", "20/01/2015", "20/01/2016", "xa-bien-1", "")));
            workbook.finish();
        }
        try (Chromium browser = Chromium.open(base(), "import", DESKTOP_WIDTH, DESKTOP_HEIGHT)) {
            browser.login("huyenuy");
            browser.follow("Nhập từ tệp Excel");
            browser.check("import-form");
            HttpResponse<byte[]> template = fetch(browser.link("Tải tệp mẫu").getAttribute("href"), browser);
            assertThat(template.statusCode()).isEqualTo(200);
            browser.field("Tệp .xlsx hoặc .csv").sendKeys(file.toAbsolutePath().toString());
            browser.press("Kiểm tra tệp");
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
            wait.until(d -> browser.text().contains("Kết quả kiểm tra (chưa ghi gì)"));
            assertThat(browser.text()).contains("Tệp không có lỗi");
            browser.check("import-preview");
            browser.press("Nhập vào hệ thống");
            wait.until(d -> browser.text().contains("Đã nhập xong vào hệ thống."));
            browser.check("import-done");
            browser.follow("Về trang tổ chức");
            assertThat(browser.text()).contains("Đảng bộ xã Biển Xanh");
            browser.follow("Bảng theo dõi");
            assertThat(browser.text()).contains("Đảng bộ xã Biển Xanh");
        } finally {
            Files.deleteIfExists(file);
        }
        try (Chromium browser = Chromium.open(base(), "admission", DESKTOP_WIDTH, DESKTOP_HEIGHT)) {
            browser.login("bithu");
            browser.follow("Thêm đảng viên");
            browser.field("Họ và tên").sendKeys("Lương Thị Kết Nạp");
            new Select(browser.field("Giới tính")).selectByVisibleText("Nữ");
            browser.setValue(browser.field("Ngày vào Đảng"), LocalDate.now().toString());
            browser.field("Số quyết định").sendKeys("215-QĐ/HU");
            browser.check("new-member");
            browser.press("Thêm đảng viên");
            assertThat(browser.text()).contains("Đã thêm đảng viên.", "Lương Thị Kết Nạp", "Dự bị");
            browser.check("member-added");
            long branch = jdbc.queryForObject("select id from organization where code = 'kdd-tuyengiao'", Long.class);
            browser.go("/branches/" + branch + "/meetings/" + month.plusMonths(1));
            browser.press("Lập kế hoạch");
            browser.follow("Điểm danh");
            assertThat(browser.text()).contains("Lương Thị Kết Nạp");
            browser.check("next-roll");
        }
    }

    private static void write(Worksheet sheet, List<String> headers, List<List<String>> rows) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
    }
}
