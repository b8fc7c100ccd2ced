package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What keeps every page usable on a 360-pixel phone without horizontal scrolling, checked in the
 * sources: the viewport is the device's, our CSS sets no fixed width wider than the screen,
 * tables (the one element that cannot shrink) always sit in a scrolling wrapper, and inline
 * styles never fix a width. Bootstrap's grid does the rest. (The browser journeys check the
 * rendered pages with document.scrollWidth.)
 */
class PhoneLayoutTest {

    private static final int PHONE_WIDTH = 360;
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path CSS = Path.of("src/main/resources/static/css/chibo.css");

    @Test
    void theLayoutUsesTheDeviceWidth() throws IOException {
        assertThat(Files.readString(TEMPLATES.resolve("fragments/layout.html")))
                .contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"");
    }

    @Test
    void ourCssFixesNoWidthWiderThanAPhone() throws IOException {
        String css = Files.readString(CSS).replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher widths = Pattern.compile("(?<![-\\w])(min-width|width)\\s*:\\s*(\\d+)px").matcher(css);
        List<String> tooWide = new ArrayList<>();
        while (widths.find()) {
            if (Integer.parseInt(widths.group(2)) > PHONE_WIDTH) {
                tooWide.add(widths.group());
            }
        }
        assertThat(tooWide).isEmpty();
        assertThat(css).doesNotContainPattern("white-space\\s*:\\s*nowrap[^}]*\\.month");
    }

    @Test
    void everyTableScrollsInsideItsOwnWrapper() throws IOException {
        for (Path template : templates()) {
            String html = Files.readString(template);
            int tables = count(html, "<table");
            int wrapped = count(html, "class=\"table-responsive");
            assertThat(wrapped).as(template + ": tables outside a .table-responsive wrapper").isGreaterThanOrEqualTo(tables);
        }
    }

    @Test
    void noTemplateFixesAWidthInline() throws IOException {
        for (Path template : templates()) {
            assertThat(Files.readString(template)).as(template.toString())
                    .doesNotContainPattern("style=\"[^\"]*width\\s*:\\s*\\d{3,}px");
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }
}
