package vn.chibo.oversight;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.audit.AuditTrail;
import vn.chibo.audit.AuditTrail.AuditSearch;
import vn.chibo.shared.Spreadsheet;

/** The lines of an {@code /audit} search as an Excel file, newest first, streamed as they are read. */
@Component
class AuditExport {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final int[] WIDTHS = {18, 18, 34, 60, 34, 28};

    private final AuditTrail trail;
    private final AuditWords words;
    private final MessageSource messages;

    AuditExport(AuditTrail trail, AuditWords words, MessageSource messages) {
        this.trail = trail;
        this.words = words;
        this.messages = messages;
    }

    /** {@code search} null: the headers only (a search that cannot match). */
    void write(AuditSearch search, Locale locale, OutputStream out) throws IOException {
        List<String> headers = List.of(msg("audit.column.at", locale), msg("audit.column.who", locale),
                msg("audit.column.what", locale), msg("audit.column.details", locale),
                msg("audit.column.organization", locale), msg("audit.column.member", locale));
        Spreadsheet sheet = new Spreadsheet(out, msg("audit.title", locale), headers, WIDTHS, 0);
        if (search != null) {
            trail.each(search, line -> sheet.nextLine()
                    .text(0, line.at().format(AT))
                    .text(1, line.username())
                    .text(2, words.kind(line.entityType(), locale) + ": " + words.what(line, locale))
                    .text(3, line.details())
                    .text(4, line.organizationName())
                    .text(5, line.memberName()));
        }
        sheet.finish();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
