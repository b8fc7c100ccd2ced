package vn.chibo.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * How every export is written: one sheet with a bold header row frozen at the top, set column
 * widths and a dd/mm/yyyy style for real dates, streamed to the answer as its rows come
 * (fastexcel: a window of rows in memory, text written into each cell rather than into a table of
 * all the workbook's strings, so a province's hundred thousand names never sit in memory), zipped
 * at the fastest level (a little larger, several times less CPU than the default).
 *
 * <p>The file is complete only after {@link #finish()}: when something fails before, the download
 * breaks off instead of ending as a well-formed file with rows missing.
 */
public final class Spreadsheet {

    /** Rows kept in memory before they are written out. */
    private static final int WINDOW = 200;

    private final Workbook workbook;
    private Worksheet sheet;
    private int next = 1;

    /**
     * Answers the request with an Excel file of this name, to be downloaded (not shown), and
     * returns where to write it.
     */
    public static OutputStream download(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        return response.getOutputStream();
    }

    /** {@code widths} in characters; {@code frozenColumns} stay visible when scrolling sideways. */
    public Spreadsheet(OutputStream out, String name, List<String> headers, int[] widths, int frozenColumns) {
        workbook = new Workbook(out, "Chibo", "1.0");
        workbook.setCompressionLevel(Deflater.BEST_SPEED);
        start(name, headers, widths, frozenColumns);
    }

    /** Ends the current sheet and goes on in a new one, laid out like the first. */
    public void nextSheet(String name, List<String> headers, int[] widths, int frozenColumns) throws IOException {
        sheet.finish();
        next = 1;
        start(name, headers, widths, frozenColumns);
    }

    private void start(String name, List<String> headers, int[] widths, int frozenColumns) {
        sheet = workbook.newWorksheet(name);
        for (int i = 0; i < headers.size(); i++) {
            sheet.inlineString(0, i, headers.get(i));
            sheet.style(0, i).bold().set();
            sheet.width(i, widths[i]);
        }
        sheet.freezePane(frozenColumns, 1);
    }

    /** The next row below the header and the rows before it. */
    public Line nextLine() {
        if (next % WINDOW == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Line(next++);
    }

    /** Writes the rows still in memory and ends the file. */
    public void finish() throws IOException {
        workbook.finish();
    }

    /** One row, written cell by cell; a null value leaves its cell empty. */
    public final class Line {

        private final int row;

        private Line(int row) {
            this.row = row;
        }

        public Line text(int column, String value) {
            if (value != null) {
                sheet.inlineString(row, column, value);
            }
            return this;
        }

        public Line number(int column, Number value) {
            if (value != null) {
                sheet.value(row, column, value);
            }
            return this;
        }

        /** A real date, shown dd/mm/yyyy. */
        public Line date(int column, LocalDate value) {
            if (value != null) {
                sheet.value(row, column, value);
                sheet.style(row, column).format("dd/mm/yyyy").set();
            }
            return this;
        }
    }
}
