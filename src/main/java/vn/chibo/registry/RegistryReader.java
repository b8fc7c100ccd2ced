package vn.chibo.registry;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.chibo.registry.RegistryLayout.MemberColumn;
import vn.chibo.registry.RegistryLayout.OrgColumn;

/**
 * Reads an uploaded registry as a stream, a row at a time: an .xlsx with its two sheets, or a .csv
 * holding one of them (told apart by its headers; UTF-8 with or without a BOM, comma or semicolon).
 * A cell is its text (a formula is read as its text, never evaluated), or a date when Excel stored
 * one in a date column.
 */
final class RegistryReader {

    /** One cell as read: an Excel date in a date column, or the cell's text. */
    record Value(String text, LocalDate date) {

        boolean blank() {
            return date == null && (text == null || text.isBlank());
        }
    }

    /** One row of a sheet, by column; {@code number} is the row's number as the spreadsheet shows it. */
    record SheetRow<C extends Enum<C>>(int number, Map<C, Value> cells) {

        Value get(C column) {
            return cells.getOrDefault(column, new Value(null, null));
        }
    }

    private static final Set<MemberColumn> MEMBER_DATES = Set.of(MemberColumn.BIRTH_DATE, MemberColumn.ADMITTED_ON,
            MemberColumn.FULL_ON);

    private RegistryReader() {
    }

    /** What receives the rows: the organizations first, then the members. */
    interface Sink {
        void organization(SheetRow<OrgColumn> row);

        void organizationsDone();

        void member(SheetRow<MemberColumn> row);

        void membersDone();
    }

    static void read(Path file, Sink sink) throws RegistryFileException, IOException {
        Consumer<SheetRow<OrgColumn>> organizations = sink::organization;
        Consumer<SheetRow<MemberColumn>> members = sink::member;
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read == 0) {
            throw new RegistryFileException("registry.error.empty");
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw new RegistryFileException("registry.error.protected");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            readWorkbook(file, organizations, sink::organizationsDone, members);
        } else {
            readCsv(file, organizations, sink::organizationsDone, members);
        }
        sink.membersDone();
    }

    private static void readWorkbook(Path file, Consumer<SheetRow<OrgColumn>> organizations, Runnable between,
                                     Consumer<SheetRow<MemberColumn>> members) throws RegistryFileException, IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Sheet orgSheet = sheet(workbook, RegistryLayout.ORGANIZATIONS);
            Sheet memberSheet = sheet(workbook, RegistryLayout.MEMBERS);
            try (Stream<Row> rows = orgSheet.openStream()) {
                readRows(rows.iterator(), OrgColumn.class, RegistryLayout.ORGANIZATIONS, organizations);
            }
            between.run();
            try (Stream<Row> rows = memberSheet.openStream()) {
                readRows(rows.iterator(), MemberColumn.class, RegistryLayout.MEMBERS, members);
            }
        } catch (ExcelReaderException | IllegalStateException e) {
            throw new RegistryFileException("registry.error.unreadable");
        }
    }

    private static Sheet sheet(ReadableWorkbook workbook, String name) throws RegistryFileException {
        String wanted = RegistryLayout.normalize(name);
        return workbook.getSheets().filter(sheet -> RegistryLayout.normalize(sheet.getName()).equals(wanted))
                .findFirst().orElseThrow(() -> new RegistryFileException("registry.error.noSheet", name));
    }

    private static <C extends Enum<C>> void readRows(Iterator<Row> rows, Class<C> columns, String sheetName,
                                                     Consumer<SheetRow<C>> sink) throws RegistryFileException {
        Map<Integer, C> byIndex = null;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (byIndex == null) {
                if (row.stream().allMatch(cell -> cell == null || cell.getText().isBlank())) {
                    continue;
                }
                Map<Integer, String> headers = new HashMap<>();
                for (Cell cell : row) {
                    if (cell != null) {
                        headers.put(cell.getColumnIndex(), cell.getText());
                    }
                }
                byIndex = columns(headers, columns, sheetName);
                continue;
            }
            Map<C, Value> cells = new EnumMap<>(columns);
            for (Cell cell : row) {
                if (cell == null) {
                    continue;
                }
                C column = byIndex.get(cell.getColumnIndex());
                if (column != null) {
                    cells.put(column, value(cell, column instanceof MemberColumn m && MEMBER_DATES.contains(m)));
                }
            }
            if (cells.values().stream().anyMatch(value -> !value.blank())) {
                sink.accept(new SheetRow<>(row.getRowNum(), cells));
            }
        }
    }

    private static Value value(Cell cell, boolean dateColumn) {
        CellType type = cell.getType();
        if (type == CellType.FORMULA) {
            return new Value("=" + cell.getFormula(), null);
        }
        if (type == CellType.NUMBER && dateColumn) {
            return new Value(cell.getRawValue(), cell.asDate().toLocalDate());
        }
        if (type == CellType.NUMBER) {
            return new Value(cell.asNumber().stripTrailingZeros().toPlainString(), null);
        }
        return new Value(cell.getText(), null);
    }

    /** Each known column's index by its header; refuses a sheet without a required one. */
    private static <C extends Enum<C>> Map<Integer, C> columns(Map<Integer, String> headers, Class<C> columns,
                                                               String sheetName) throws RegistryFileException {
        Map<String, C> known = new HashMap<>();
        for (C column : columns.getEnumConstants()) {
            known.put(RegistryLayout.normalize(header(column)), column);
        }
        Map<Integer, C> byIndex = new HashMap<>();
        headers.forEach((index, text) -> Optional.ofNullable(known.get(RegistryLayout.normalize(text)))
                .ifPresent(column -> byIndex.put(index, column)));
        for (C column : columns.getEnumConstants()) {
            if (required(column) && !byIndex.containsValue(column)) {
                throw new RegistryFileException("registry.error.noColumn", sheetName, header(column));
            }
        }
        return byIndex;
    }

    private static String header(Enum<?> column) {
        return column instanceof OrgColumn o ? o.header : ((MemberColumn) column).header;
    }

    private static boolean required(Enum<?> column) {
        return column instanceof OrgColumn o ? o.required : ((MemberColumn) column).required;
    }

    private static void readCsv(Path file, Consumer<SheetRow<OrgColumn>> organizations, Runnable between,
                                Consumer<SheetRow<MemberColumn>> members) throws RegistryFileException, IOException {
        String firstLine;
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            firstLine = lines.readLine();
        } catch (java.nio.charset.MalformedInputException e) {
            throw new RegistryFileException("registry.error.type");
        }
        if (firstLine != null && firstLine.startsWith("\uFEFF")) {
            firstLine = firstLine.substring(1);
        }
        if (firstLine == null || firstLine.isBlank()) {
            throw new RegistryFileException("registry.error.empty");
        }
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (Reader reader = withoutBom(new InputStreamReader(new BufferedInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new RegistryFileException("registry.error.empty");
            }
            Map<Integer, String> headers = new HashMap<>();
            CSVRecord header = records.next();
            for (int i = 0; i < header.size(); i++) {
                headers.put(i, header.get(i));
            }
            boolean memberSheet = headers.values().stream().map(RegistryLayout::normalize)
                    .anyMatch(text -> text.equals(RegistryLayout.normalize(MemberColumn.FULL_NAME.header)));
            if (memberSheet) {
                between.run();
                csvRows(records, columns(headers, MemberColumn.class, RegistryLayout.MEMBERS), MemberColumn.class,
                        members);
            } else {
                csvRows(records, columns(headers, OrgColumn.class, RegistryLayout.ORGANIZATIONS), OrgColumn.class,
                        organizations);
                between.run();
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new RegistryFileException("registry.error.unreadable");
        }
    }

    /** The reader past a byte order mark, if the file starts with one. */
    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static <C extends Enum<C>> void csvRows(Iterator<CSVRecord> records, Map<Integer, C> byIndex,
                                                    Class<C> columns, Consumer<SheetRow<C>> sink) {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            Map<C, Value> cells = new EnumMap<>(columns);
            for (int i = 0; i < record.size(); i++) {
                C column = byIndex.get(i);
                if (column != null) {
                    String text = record.get(i);
                    cells.put(column, new Value(text, null));
                }
            }
            if (cells.values().stream().anyMatch(value -> !value.blank())) {
                sink.accept(new SheetRow<>((int) record.getRecordNumber(), cells));
            }
        }
    }
}
