package vn.chibo.fee;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chibo.fee.FeeBook.Cell;
import vn.chibo.fee.FeeReads.MonthMoney;
import vn.chibo.shared.Spreadsheet;

/**
 * The fee book as the branch keeps it on paper: a line a member (number, name, monthly fee, the
 * twelve months, the year), then the months' totals, what was collected in each month and what was
 * handed up. A month excused shows its reason; a month unpaid is left empty.
 */
@Component
class FeeBookExport {

    private final MessageSource messages;

    FeeBookExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(FeeBook book, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>(List.of(text("fee.export.number", locale),
                text("fee.export.name", locale), text("fee.export.rate", locale)));
        int[] widths = new int[16];
        widths[0] = 6;
        widths[1] = 30;
        widths[2] = 14;
        for (int m = 1; m <= 12; m++) {
            headers.add(messages.getMessage("fee.export.month", new Object[] {m}, locale));
            widths[2 + m] = 11;
        }
        headers.add(text("fee.export.year", locale));
        widths[15] = 14;
        String file = String.format("so-dang-phi-%s-%d.xlsx", book.branch().code(), book.year());
        Spreadsheet sheet = new Spreadsheet(Spreadsheet.download(response, file),
                messages.getMessage("fee.export.sheet", new Object[] {book.year()}, locale), headers, widths, 2);
        int number = 1;
        for (FeeBook.Line line : book.lines()) {
            Spreadsheet.Line row = sheet.nextLine().number(0, number++).text(1, line.fullName())
                    .number(2, line.rate() == null ? null : line.rate().amount());
            for (Cell cell : line.cells()) {
                int column = 2 + cell.period().getMonthValue();
                switch (cell.state()) {
                    case PAID -> row.number(column, cell.amount());
                    case EXCUSED -> row.text(column, text("fee.state.EXCUSED", locale) + ": " + cell.reason());
                    case EXEMPT -> row.text(column, text("fee.state.EXEMPT", locale));
                    default -> { }
                }
            }
            row.number(15, line.total());
        }
        Spreadsheet.Line totals = sheet.nextLine().text(1, text("fee.export.totals", locale));
        for (int m = 0; m < 12; m++) {
            totals.number(3 + m, book.monthTotals().get(m));
        }
        totals.number(15, book.total());
        Spreadsheet.Line collected = sheet.nextLine().text(1, text("fee.export.collected", locale));
        Spreadsheet.Line handed = sheet.nextLine().text(1, text("fee.export.handedUp", locale));
        for (MonthMoney month : book.money()) {
            int column = 2 + month.period().getMonthValue();
            collected.number(column, month.collected());
            handed.number(column, month.handedUp());
        }
        collected.number(15, book.collected());
        handed.number(15, book.handedUp());
        sheet.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
