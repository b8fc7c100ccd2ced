package vn.chibo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    @Test
    void aLineWritesTextNumbersAndDatesAndLeavesNullsEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Spreadsheet sheet = new Spreadsheet("Trang 1", List.of("Tên", "Số", "Ngày", "Ghi chú"), new int[] {20, 8, 12, 20}, 1)) {
            sheet.nextLine().text(0, "Nguyễn Văn An").number(1, 7).date(2, LocalDate.of(2026, 10, 5)).text(3, null);
            sheet.nextLine().text(0, "Trần Thị Bình").number(1, null).date(2, null).text(3, "Đi biển");
            sheet.write(out);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Trang 1");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Ghi chú");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn An");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 5));
            assertThat(first.getCell(3)).isNull();
            Row second = sheet.getRow(2);
            assertThat(second.getCell(1)).isNull();
            assertThat(second.getCell(2)).isNull();
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("Đi biển");
        }
    }
}
