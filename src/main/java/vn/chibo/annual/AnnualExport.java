package vn.chibo.annual;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.annual.AnnualReport.MemberYear;
import vn.chibo.rating.RatingLevel;

/** The year-end classification as an Excel file: one row per member, the twelve months, counts, proposal, decision. */
@Component
class AnnualExport {

    private final MessageSource messages;

    AnnualExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<MemberYear> rows, int year, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(messages.getMessage("annual.export.sheet", new Object[] {year}, locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            int c = 0;
            c = title(head, c, header, msg("member.fullName", locale), 28, sheet);
            c = title(head, c, header, msg("export.branch.name", locale), 34, sheet);
            for (int month = 1; month <= 12; month++) {
                c = title(head, c, header, String.format("%02d/%d", month, year), 9, sheet);
            }
            for (RatingLevel level : RatingLevel.values()) {
                c = title(head, c, header, msg("rating.short." + level, locale), 9, sheet);
            }
            c = title(head, c, header, msg("annual.proposed", locale), 28, sheet);
            c = title(head, c, header, msg("annual.decided", locale), 28, sheet);
            title(head, c, header, msg("annual.reason", locale), 40, sheet);
            sheet.createFreezePane(2, 1);
            int r = 1;
            for (MemberYear row : rows) {
                Row line = sheet.createRow(r++);
                int i = 0;
                line.createCell(i++).setCellValue(row.fullName());
                line.createCell(i++).setCellValue(row.branchName());
                for (RatingLevel level : row.months()) {
                    Cell cell = line.createCell(i++);
                    if (level != null) {
                        cell.setCellValue(level.shortName());
                    }
                }
                line.createCell(i++).setCellValue(row.excellent());
                line.createCell(i++).setCellValue(row.good());
                line.createCell(i++).setCellValue(row.completed());
                line.createCell(i++).setCellValue(row.notCompleted());
                line.createCell(i++).setCellValue(row.proposed() == null ? "" : msg("rating.level." + row.proposed(), locale));
                line.createCell(i++).setCellValue(row.decided() == null ? "" : msg("rating.level." + row.decided(), locale));
                line.createCell(i).setCellValue(row.reason() == null ? "" : row.reason());
            }
            workbook.write(out);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static int title(Row head, int column, CellStyle style, String text, int width, Sheet sheet) {
        Cell cell = head.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.setColumnWidth(column, width * 256);
        return column + 1;
    }
}
