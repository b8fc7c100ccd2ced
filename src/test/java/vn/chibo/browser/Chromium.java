package vn.chibo.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its chromedriver, both found on the PATH; nothing is downloaded.
 * Every page the journeys open is checked with axe-core (serious and critical violations fail)
 * and photographed into {@code target/screenshots/}.
 */
final class Chromium implements AutoCloseable {

    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Path SHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final String base;
    private final String journey;
    private int step;

    private Chromium(WebDriver driver, String base, String journey) {
        this.driver = driver;
        this.base = base;
        this.journey = journey;
    }

    static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    /**
     * Skips the journeys with one clear line where Chromium is not installed; on CI (CI=true) a
     * missing browser fails instead, since .ci/run installs it.
     */
    static void requireInstalled() {
        boolean present = onPath("chromium").isPresent() && onPath("chromedriver").isPresent();
        if (!present) {
            String line = "Browser journeys skipped: chromium and chromedriver are not on the PATH "
                    + "(apt-get install chromium chromium-driver).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(line + " On CI .ci/run installs them.");
            }
            System.out.println(line);
            Assumptions.abort(line);
        }
    }

    static Chromium open(String base, String journey, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(onPath("chromium").orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--lang=vi", "--force-prefers-reduced-motion", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath("chromedriver").orElseThrow().toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Chromium(driver, base, journey);
    }

    void go(String path) {
        driver.get(base + path);
    }

    void login(String username) {
        go("/login");
        check("login");
        field("Tên đăng nhập").sendKeys(username);
        field("Mật khẩu").sendKeys("chibo-demo");
        press("Đăng nhập");
    }

    /** The input a visible label names. */
    WebElement field(String label) {
        WebElement element = driver.findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]"));
        return driver.findElement(By.id(element.getAttribute("for")));
    }

    WebElement button(String text) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space()=\"" + text + "\"]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        return button;
    }

    /** The first link with this visible text that a person could actually see and click. */
    WebElement link(String text) {
        WebElement link = driver.findElements(By.xpath("//a[normalize-space()=\"" + text + "\"]")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("no visible link \"" + text + "\" on " + driver.getCurrentUrl()));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", link);
        return link;
    }

    WebElement linkContaining(String text) {
        return driver.findElement(By.xpath("//a[contains(normalize-space(), \"" + text + "\")]"));
    }

    /** Clicks something that loads a page, and waits until the old page is gone and the new one is loaded. */
    void navigate(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void follow(String linkText) {
        navigate(link(linkText));
    }

    void followContaining(String linkText) {
        navigate(linkContaining(linkText));
    }

    void press(String buttonText) {
        navigate(button(buttonText));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Sets a date or time input the way the browser's picker would. */
    void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", input, value);
    }

    /** After each step: a screenshot, and the page checked for serious accessibility problems. */
    void check(String name) {
        step++;
        try {
            Files.createDirectories(SHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(String.format("%s-%02d-%s.png", journey, step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accessibility(name);
    }

    @SuppressWarnings("unchecked")
    private void accessibility(String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> js.executeScript("return typeof axe") != null);
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})
                   .then(function (r) { done(r.violations.filter(function (v) {
                       return v.impact === 'serious' || v.impact === 'critical'; })
                     .map(function (v) { return v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3)
                       .map(function (n) { return n.target.join(' '); }).join(' | '); })); })
                   .catch(function (e) { done(['axe failed: ' + e]); });""");
        List<String> violations = (List<String>) result;
        Assertions.assertTrue(violations.isEmpty(), journey + " / " + name + " (" + driver.getCurrentUrl()
                + "): accessibility violations " + violations);
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream(AXE)) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    boolean scrollsSideways() {
        Object wide = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(wide);
    }

    /** The session cookie, to fetch a download the way the browser would. */
    Map<String, String> sessionCookie() {
        return Map.of("Cookie", "SESSION=" + driver.manage().getCookieNamed("SESSION").getValue());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
