package vn.chibo.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.shared.Spreadsheet;

/**
 * The branch table as an Excel file: a header row, frozen; real dates and numbers, not text;
 * streamed row by row, so a province's table never sits in memory.
 */
@Component
class BranchExport {

    private static final List<String> HEADERS = List.of("export.branch.name", "export.branch.parent",
            "export.branch.pilot", "export.branch.status", "export.branch.heldOn", "export.branch.roll",
            "export.branch.present", "export.branch.expected", "export.branch.attendance", "export.branch.quality",
            "rating.short.EXCELLENT", "rating.short.GOOD", "rating.short.COMPLETED", "rating.short.NOT_COMPLETED");
    private static final int[] WIDTHS = {40, 34, 10, 22, 12, 10, 10, 10, 12, 10, 10, 10, 10, 10};

    private final BranchTableQuery query;
    private final MessageSource messages;

    BranchExport(BranchTableQuery query, MessageSource messages) {
        this.query = query;
        this.messages = messages;
    }

    void write(BranchTableQuery.Filter filter, Locale locale, OutputStream out) throws IOException {
        List<String> headers = HEADERS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
        Spreadsheet sheet = new Spreadsheet(out, messages.getMessage("export.branch.sheet", null, locale), headers,
                WIDTHS, 0);
        String yes = messages.getMessage("common.yes", null, locale);
        String no = messages.getMessage("common.no", null, locale);
        try {
            query.each(filter, row -> {
                sheet.nextLine()
                        .text(0, row.name())
                        .text(1, row.parentName())
                        .text(2, row.pilot() ? yes : no)
                        .text(3, messages.getMessage("dashboard.cell." + row.state(), null, locale))
                        .date(4, row.heldOn())
                        .number(5, row.rollTotal())
                        .number(6, row.present())
                        .number(7, row.expected())
                        .number(8, row.expected() > 0 ? row.attendancePercent() : null)
                        .number(9, row.qualityScore())
                        .number(10, row.excellent())
                        .number(11, row.good())
                        .number(12, row.completed())
                        .number(13, row.notCompleted());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.finish();
    }

    static String fileName(String code, LocalDate month) {
        return String.format("chi-bo-%s-%d-%02d.xlsx", code, month.getYear(), month.getMonthValue());
    }
}
