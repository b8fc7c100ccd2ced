package vn.chibo.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * How every export starts: a streaming workbook (a window of rows in memory, the rest in a
 * temporary file, left uncompressed: disk is cheaper than the CPU a busy server would spend), the
 * file zipped at the fastest level (a little larger, several times less CPU than the default), one
 * sheet with a bold header row frozen at the top, set column widths, and a dd/mm/yyyy style for
 * real dates.
 */
public final class Spreadsheet implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200) {
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    };
    private final Sheet sheet;
    private final CellStyle plain;
    private final CellStyle date;
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
    public Spreadsheet(String name, List<String> headers, int[] widths, int frozenColumns) {
        sheet = workbook.createSheet(name);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        plain = workbook.getCellStyleAt(0);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(frozenColumns, 1);
    }

    /** The next row below the header and the rows before it. */
    public Line nextLine() {
        return new Line(sheet.createRow(next++));
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /**
     * One row, written cell by cell; a null value leaves its cell empty. Every cell is given its
     * style, as POI would otherwise look up the column's style in the sheet's XML for each cell.
     */
    public final class Line {

        private final Row row;

        private Line(Row row) {
            this.row = row;
        }

        public Line text(int column, String value) {
            if (value != null) {
                cell(column, plain).setCellValue(value);
            }
            return this;
        }

        public Line number(int column, Number value) {
            if (value != null) {
                cell(column, plain).setCellValue(value.doubleValue());
            }
            return this;
        }

        /** A real date, shown dd/mm/yyyy. */
        public Line date(int column, LocalDate value) {
            if (value != null) {
                cell(column, date).setCellValue(value);
            }
            return this;
        }

        private Cell cell(int column, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(style);
            return cell;
        }
    }
}
