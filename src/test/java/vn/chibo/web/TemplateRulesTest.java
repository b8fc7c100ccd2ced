package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Template mistakes that render without an error but show the wrong thing. */
class TemplateRulesTest {

    @Test
    void noConditionSitsBesideAFragmentReplacement() throws IOException {
        // th:replace and th:insert are processed before th:if/th:unless, so such a condition is ignored.
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : files.filter(file -> file.toString().endsWith(".html")).toList()) {
                for (String tag : Files.readString(template).split("<")) {
                    String opening = tag.contains(">") ? tag.substring(0, tag.indexOf('>')) : tag;
                    boolean includes = opening.contains("th:replace=") || opening.contains("th:insert=");
                    boolean conditional = opening.contains("th:if=") || opening.contains("th:unless=");
                    assertThat(includes && conditional).as(template + ": <" + opening + ">").isFalse();
                }
            }
        }
    }

    @Test
    void minutesAndOtherTypedTextAreNeverRenderedAsHtml() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> templates = files.filter(file -> file.toString().endsWith(".html")).toList();
            for (Path template : templates) {
                // th:utext is only for our own message texts, never for something a user typed; markup
                // is written by templates, not built in Java.
                for (String line : Files.readString(template).lines().toList()) {
                    if (line.contains("th:utext")) {
                        assertThat(line).as(template.toString()).contains("th:utext=\"#{");
                    }
                }
            }
        }
    }

    @Test
    void noClassBuildsHtml() throws IOException {
        // Markup lives in templates (th:each, th:text, fragments), where Thymeleaf escapes it.
        Pattern tag = Pattern.compile("\"<(/?)(td|tr|th|li|ul|option|span|a|div|p|table)[ >\"]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                assertThat(code).as(source.toString()).doesNotContain("HtmlEscape");
                assertThat(tag.matcher(code).find()).as(source + " writes an HTML tag").isFalse();
            }
        }
    }
}
