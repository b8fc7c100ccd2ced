package vn.chibo.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.shared.Spreadsheet;

/**
 * The branch table as an Excel file: a header row, frozen; real dates and numbers, not text;
 * written row by row with a sliding window (SXSSF), so a province's table never sits in memory.
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
        try (Spreadsheet sheet = new Spreadsheet(messages.getMessage("export.branch.sheet", null, locale), headers,
                WIDTHS, 0)) {
            String yes = messages.getMessage("common.yes", null, locale);
            String no = messages.getMessage("common.no", null, locale);
            query.each(filter, row -> {
                Row r = sheet.nextRow();
                r.createCell(0).setCellValue(row.name());
                r.createCell(1).setCellValue(row.parentName());
                r.createCell(2).setCellValue(row.pilot() ? yes : no);
                r.createCell(3).setCellValue(messages.getMessage("dashboard.cell." + row.state(), null, locale));
                if (row.heldOn() != null) {
                    Cell held = r.createCell(4);
                    held.setCellValue(row.heldOn());
                    held.setCellStyle(sheet.dateStyle());
                }
                r.createCell(5).setCellValue(row.rollTotal());
                r.createCell(6).setCellValue(row.present());
                r.createCell(7).setCellValue(row.expected());
                if (row.expected() > 0) {
                    r.createCell(8).setCellValue(row.attendancePercent());
                }
                if (row.qualityScore() != null) {
                    r.createCell(9).setCellValue(row.qualityScore());
                }
                r.createCell(10).setCellValue(row.excellent());
                r.createCell(11).setCellValue(row.good());
                r.createCell(12).setCellValue(row.completed());
                r.createCell(13).setCellValue(row.notCompleted());
            });
            sheet.write(out);
        }
    }

    static String fileName(String code, LocalDate month) {
        return String.format("chi-bo-%s-%d-%02d.xlsx", code, month.getYear(), month.getMonthValue());
    }
}
