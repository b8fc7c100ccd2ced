package vn.chibo.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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
 * temporary file, left uncompressed: disk is cheaper than the CPU a busy server would spend), one sheet with a bold header row frozen at the top, set column
 * widths, and a dd/mm/yyyy style for real dates.
 */
public final class Spreadsheet implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
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

    public Row nextRow() {
        return sheet.createRow(next++);
    }

    public CellStyle dateStyle() {
        return date;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
