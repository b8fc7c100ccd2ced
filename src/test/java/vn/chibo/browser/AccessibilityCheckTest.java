package vn.chibo.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The accessibility check the journeys rely on does fail on a page with serious problems. */
@Tag("browser")
class AccessibilityCheckTest {

    @BeforeAll
    static void chromium() {
        Chromium.requireInstalled();
    }

    @Test
    void aPageWithAnUnlabelledFieldAndNoLanguageFailsTheCheck() {
        try (Chromium browser = Chromium.open("", "axe-self-test", 800, 600)) {
            browser.driver.get("data:text/html;charset=utf-8,<html><head><title>x</title></head><body>"
                    + "<form><input type='text'></form></body></html>");
            assertThatThrownBy(() -> browser.check("broken-page"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("html-has-lang")
                    .hasMessageContaining("label");
        }
    }
}
