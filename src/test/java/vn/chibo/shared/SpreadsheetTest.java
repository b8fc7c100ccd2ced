package vn.chibo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The files are read back with Apache POI, another library than the one that writes them. */
class SpreadsheetTest {

    @Test
    void aLineWritesTextNumbersAndDatesAndLeavesNullsEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet sheet = new Spreadsheet(out, "Trang 1", List.of("Tên", "Số", "Ngày", "Ghi chú"), new int[] {20, 8, 12, 20}, 1);
        sheet.nextLine().text(0, "Nguyễn Văn An").number(1, 7).date(2, LocalDate.of(2026, 10, 5)).text(3, null);
        sheet.nextLine().text(0, "Trần Thị Bình").number(1, null).date(2, null).text(3, "Đi biển <& \"bão\">");
        sheet.finish();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet read = workbook.getSheet("Trang 1");
            assertThat(read.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Ghi chú");
            assertThat(workbook.getFontAt(read.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(read.getColumnWidth(0) / 256).isBetween(19, 21);
            PaneInformation pane = read.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
            Row first = read.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn An");
            assertThat(workbook.getFontAt(first.getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 5));
            assertThat(first.getCell(3)).isNull();
            Row second = read.getRow(2);
            assertThat(second.getCell(1)).isNull();
            assertThat(second.getCell(2)).isNull();
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("Đi biển <& \"bão\">");
        }
    }

    @Test
    void rowsWrittenOutAlongTheWayAreAllInTheFileInOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet sheet = new Spreadsheet(out, "Trang 1", List.of("Tên", "Số"), new int[] {20, 8}, 0);
        for (int i = 1; i <= 1234; i++) {
            sheet.nextLine().text(0, "Đảng viên " + i).number(1, i);
        }
        sheet.finish();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet read = workbook.getSheetAt(0);
            assertThat(read.getLastRowNum()).isEqualTo(1234);
            for (int i = 1; i <= 1234; i++) {
                assertThat(read.getRow(i).getCell(0).getStringCellValue()).isEqualTo("Đảng viên " + i);
                assertThat(read.getRow(i).getCell(1).getNumericCellValue()).isEqualTo(i);
            }
        }
    }

    @Test
    void aFileNotFinishedIsNotAWorkbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet sheet = new Spreadsheet(out, "Trang 1", List.of("Tên"), new int[] {20}, 0);
        for (int i = 1; i <= 500; i++) {
            sheet.nextLine().text(0, "Đảng viên " + i);
        }
        assertThat(out.size()).as("rows already on their way").isPositive();
        assertThatThrownBy(() -> new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))).isInstanceOf(Exception.class);
    }
}
