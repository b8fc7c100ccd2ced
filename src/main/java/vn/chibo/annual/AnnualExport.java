package vn.chibo.annual;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.annual.AnnualReport.MemberYear;
import vn.chibo.rating.RatingLevel;
import vn.chibo.shared.Spreadsheet;

/** The year-end classification as an Excel file: one row per member, the twelve months, counts, proposal, decision. */
@Component
class AnnualExport {

    private final MessageSource messages;

    AnnualExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<MemberYear> rows, int year, Locale locale, OutputStream out) throws IOException {
        List<String> headers = new ArrayList<>(List.of(msg("member.fullName", locale), msg("export.branch.name", locale)));
        List<Integer> widths = new ArrayList<>(List.of(28, 34));
        for (int month = 1; month <= 12; month++) {
            headers.add(String.format("%02d/%d", month, year));
            widths.add(9);
        }
        for (RatingLevel level : RatingLevel.values()) {
            headers.add(msg("rating.short." + level, locale));
            widths.add(9);
        }
        headers.addAll(List.of(msg("annual.proposed", locale), msg("annual.branchProposed", locale),
                msg("annual.branchReason", locale), msg("annual.decided", locale), msg("annual.reason", locale)));
        widths.addAll(List.of(28, 28, 40, 28, 40));
        String name = messages.getMessage("annual.export.sheet", new Object[] {String.valueOf(year)}, locale);
        Spreadsheet sheet = new Spreadsheet(out, name, headers, widths.stream().mapToInt(Integer::intValue).toArray(), 2);
        for (MemberYear row : rows) {
            Spreadsheet.Line line = sheet.nextLine().text(0, row.fullName()).text(1, row.branchName());
            int i = 2;
            for (RatingLevel level : row.months()) {
                line.text(i++, level == null ? null : level.shortName());
            }
            line.number(i++, row.excellent())
                    .number(i++, row.good())
                    .number(i++, row.completed())
                    .number(i++, row.notCompleted())
                    .text(i++, row.proposed() == null ? null : msg("rating.level." + row.proposed(), locale))
                    .text(i++, row.branchProposed() == null ? null : msg("rating.level." + row.branchProposed(), locale))
                    .text(i++, row.branchReason())
                    .text(i++, row.decided() == null ? null : msg("rating.level." + row.decided(), locale))
                    .text(i, row.reason());
        }
        sheet.finish();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
