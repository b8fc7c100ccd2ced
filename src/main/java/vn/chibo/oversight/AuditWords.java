package vn.chibo.oversight;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.audit.AuditTrail.AuditLine;

/**
 * The trail's lines in the reader's language: the kinds of change (the entities the trail names)
 * and what each action was ({@code audit.what.<kind>.<action>}, the action itself when no message
 * names it). Templates call it as {@code ${@auditWords.…}}.
 */
@Component("auditWords")
public class AuditWords {

    /** The kinds of change, as {@code /audit} offers them. */
    public static final List<String> KINDS = List.of("meeting", "resolution", "attendance", "monthly_rating", "task",
            "member", "organization", "account", "annual_classification", "fee", "help", "member_commitment", "pilot");

    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> kinds() {
        return KINDS;
    }

    public String what(AuditLine line, Locale locale) {
        return messages.getMessage("audit.what." + line.entityType() + "." + line.action(), null, line.action(),
                locale);
    }

    String kind(String kind, Locale locale) {
        return messages.getMessage("audit.entity." + kind, null, kind, locale);
    }
}
