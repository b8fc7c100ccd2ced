package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chibo.member.BranchRole;
import vn.chibo.member.Gender;
import vn.chibo.member.MembershipStatus;
import vn.chibo.meeting.AttendanceStatus;
import vn.chibo.meeting.CommendationKind;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.QualityLevel;
import vn.chibo.organization.BranchKind;
import vn.chibo.organization.OrganizationKind;
import vn.chibo.commitment.CommitmentKind;
import vn.chibo.fee.FeeBasis;
import vn.chibo.fee.FeeBook;
import vn.chibo.oversight.AuditWords;
import vn.chibo.pilot.PilotArea;
import vn.chibo.pilot.SolutionStatus;
import vn.chibo.rating.RatingLevel;
import vn.chibo.task.MemberProgress;
import vn.chibo.task.TaskCadence;
import vn.chibo.task.TaskKind;
import vn.chibo.task.TaskResult;
import vn.chibo.task.TaskSource;

/** Every message a template uses exists in Vietnamese and in English, and the two files agree. */
class MessageKeysTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    private static final Pattern DYNAMIC_KEY =
            Pattern.compile("(?:#\\{\\$\\{|#messages\\.msg\\()'([A-Za-z0-9_.]+\\.)' \\+");

    /** A string literal that may be a message key, and the {@code +} that joins it to more. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.-]*)\"(\\s*\\+)?");

    /** Keys built from an enum constant, e.g. {@code #{${'rating.level.' + level}}}. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("organization.kind.", OrganizationKind.class),
            Map.entry("branch.kind.", BranchKind.class),
            Map.entry("member.role.", BranchRole.class),
            Map.entry("member.status.", MembershipStatus.class),
            Map.entry("member.gender.", Gender.class),
            Map.entry("meeting.status.", MeetingStatus.class),
            Map.entry("meeting.kind.", MeetingKind.class),
            Map.entry("meeting.attendance.status.", AttendanceStatus.class),
            Map.entry("meeting.quality.level.", QualityLevel.class),
            Map.entry("task.kind.", TaskKind.class),
            Map.entry("task.cadence.", TaskCadence.class),
            Map.entry("task.source.", TaskSource.class),
            Map.entry("task.result.", TaskResult.class),
            Map.entry("task.progress.", MemberProgress.class),
            Map.entry("me.tasks.progress.", MemberProgress.class),
            Map.entry("rating.level.", RatingLevel.class),
            Map.entry("rating.short.", RatingLevel.class),
            Map.entry("commendation.kind.", CommendationKind.class),
            Map.entry("fee.state.", FeeBook.State.class),
            Map.entry("fee.basis.", FeeBasis.class),
            Map.entry("commitment.kind.", CommitmentKind.class),
            Map.entry("pilot.area.", PilotArea.class),
            Map.entry("pilot.areaShort.", PilotArea.class),
            Map.entry("pilot.status.", SolutionStatus.class));

    /** Keys built from a fixed list of words rather than an enum. */
    private static final Map<String, List<String>> WORD_PREFIXES = Map.of(
            "meeting.step.", List.of("plan", "attendance", "minutes", "tasks", "resolution", "ratings", "quality",
                    "finalize", "fees"),
            "meeting.quality.", List.of("preparation", "attendance", "conduct", "closing"),
            "meeting.saved.", List.of("plan", "attendance", "minutes", "tasks", "resolution", "ratings", "quality",
                    "fees"),
            "dashboard.cell.", List.of("finalized", "on-time", "late", "missing"),
            "dashboard.cell.short.", List.of("finalized", "on-time", "late", "missing"),
            "dashboard.sort.", List.of("name", "status", "attendance", "quality"),
            "member.leftAs.", List.of("TRANSFERRED_OUT", "DIED", "REMOVED", "EXPELLED"),
            "audit.entity.", AuditWords.KINDS,
            "audit.what.", List.of(
                    "meeting.CREATE", "meeting.PLAN", "meeting.QUALITY", "meeting.FINALIZE",
                    "meeting.REOPEN", "resolution.VOTE", "attendance.MARK",
                    "monthly_rating.PROPOSE", "monthly_rating.FINAL", "monthly_rating.SELF",
                    "task.ASSIGN", "task.REVIEW", "task.PROGRESS", "task.WITHDRAW", "task.WEEK",
                    "member.ADMITTED", "member.TRANSFERRED_IN", "member.RECOGNIZED_FULL",
                    "member.EXEMPTED", "member.TRANSFERRED", "member.TRANSFERRED_OUT",
                    "member.DIED", "member.REMOVED", "member.EXPELLED", "member.ROLE_CHANGED",
                    "member.DISCIPLINE", "member.details", "member.imported",
                    "organization.created", "organization.renamed", "organization.moved",
                    "organization.dissolved", "organization.pilot", "organization.theme",
                    "organization.imported", "account.created", "account.password.changed",
                    "account.password.reset", "account.enabled", "account.disabled",
                    "account.granted", "account.revoked", "annual_classification.DECIDE",
                    "fee.FEE_PAID", "fee.FEE_EXCUSED", "fee.FEE_UNDONE", "fee.FEE_RATE", "fee.FEE_HANDOVER",
                    "help.HELP_START", "help.HELP_CLOSE", "annual_classification.BRANCH_PROPOSE",
                    "member_commitment.COMMITMENT_ADD", "member_commitment.COMMITMENT_REMOVE",
                    "pilot.PILOT_SOLUTION", "pilot.PILOT_REMOVE", "pilot.PILOT_REVIEW"),
            "error.", List.of("badRequest.title", "badRequest.text", "tooLarge.title", "tooLarge.text",
                    "forbidden.title", "forbidden.text",
                    "notFound.title", "notFound.text"));

    @Test
    void everyTemplateKeyExistsInBothLanguages() throws IOException {
        Properties vietnamese = load("messages_vi.properties");
        Properties english = load("messages_en.properties");
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            collect(STATIC_KEY.matcher(html), used);
            collect(DYNAMIC_KEY.matcher(html), prefixes);
        }
        for (String prefix : prefixes) {
            if (WORD_PREFIXES.containsKey(prefix)) {
                WORD_PREFIXES.get(prefix).forEach(word -> used.add(prefix + word));
                continue;
            }
            assertThat(ENUM_PREFIXES).as("a dynamic key prefix needs its enum here: " + prefix).containsKey(prefix);
            for (Enum<?> constant : ENUM_PREFIXES.get(prefix).getEnumConstants()) {
                used.add(prefix + constant.name());
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(vietnamese.stringPropertyNames()).as("Vietnamese messages").containsAll(used);
        assertThat(english.stringPropertyNames()).as("English messages").containsAll(used);
    }

    /**
     * Keys written in Java (flash messages, exceptions' keys, rule explanations, export headers):
     * every string literal that starts with one of the messages' namespaces is a key, and a literal
     * ending in a dot that is joined to something ({@code "meeting.saved." + step}) is a prefix.
     */
    @Test
    void everyKeyUsedFromJavaExistsInBothLanguages() throws IOException {
        Properties vietnamese = load("messages_vi.properties");
        Properties english = load("messages_en.properties");
        Set<String> namespaces = new TreeSet<>();
        vietnamese.stringPropertyNames().stream().filter(key -> key.contains("."))
                .forEach(key -> namespaces.add(key.substring(0, key.indexOf('.'))));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher literal = JAVA_KEY.matcher(Files.readString(source));
                while (literal.find()) {
                    String key = literal.group(1);
                    if (!namespaces.contains(key.substring(0, key.indexOf('.')))) {
                        continue;
                    }
                    if (key.endsWith(".")) {
                        assertThat(literal.group(2)).as(source + ": a key prefix is joined to a word").isNotNull();
                        used.addAll(expand(key, source));
                    } else {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).contains("meeting.saved.plan", "error.notFound.member", "rating.rule.disciplined");
        assertThat(vietnamese.stringPropertyNames()).as("Vietnamese messages").containsAll(used);
        assertThat(english.stringPropertyNames()).as("English messages").containsAll(used);
    }

    private static List<String> expand(String prefix, Path source) {
        if (WORD_PREFIXES.containsKey(prefix)) {
            return WORD_PREFIXES.get(prefix).stream().map(word -> prefix + word).toList();
        }
        assertThat(ENUM_PREFIXES).as(source + ": a key prefix needs its enum or words here: " + prefix)
                .containsKey(prefix);
        return Stream.of(ENUM_PREFIXES.get(prefix).getEnumConstants()).map(constant -> prefix + constant.name()).toList();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_vi.properties").stringPropertyNames());
    }

    @Test
    void errorPagesUseKeysThatExist() throws IOException {
        Properties vietnamese = load("messages_vi.properties");
        for (String key : List.of("error.notFound.organization", "error.notFound.member", "error.notFound.page")) {
            assertThat(vietnamese.getProperty(key)).isNotBlank();
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }

    /**
     * A message with arguments goes through MessageFormat, where a single apostrophe starts a quoted
     * part and the arguments after it are printed as written: it has to be doubled there.
     */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String file : List.of("messages_vi.properties", "messages_en.properties")) {
            Properties messages = load(file);
            Set<String> wrong = new TreeSet<>();
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (argument.matcher(text).find() && lone.matcher(text).find()) {
                    wrong.add(key);
                }
            }
            assertThat(wrong).as(file).isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageKeysTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
