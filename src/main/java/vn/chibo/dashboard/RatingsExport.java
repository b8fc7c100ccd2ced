package vn.chibo.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.SubtreeBranches;
import vn.chibo.shared.Spreadsheet;

/**
 * Every member's rating of one month under a node, or of every month of a year (one row a member,
 * a column a month), as an Excel file. Rows come from the database with a cursor (fetch size) and
 * go to the file as they come, so a province's hundred thousand members never
 * sit in memory.
 */
@Component
class RatingsExport {

    private static final List<String> HEADERS = List.of("member.fullName", "export.branch.name", "member.status",
            "meeting.ratings.self", "meeting.ratings.proposed", "export.ratings.final", "meeting.ratings.comment",
            "export.ratings.decidedOn");
    private static final int[] WIDTHS = {28, 36, 14, 30, 30, 30, 40, 14};
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    RatingsExport(JdbcTemplate jdbc, MessageSource messages) {
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(cursor);
        this.messages = messages;
    }

    /** A read-only transaction, so PostgreSQL streams the rows with a cursor instead of sending them all at once. */
    @Transactional(readOnly = true)
    public void write(String path, YearMonth period, Locale locale, OutputStream out) throws IOException {
        List<String> headers = HEADERS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
        String name = messages.getMessage("export.ratings.sheet",
                new Object[] {String.format("%02d-%d", period.getMonthValue(), period.getYear())}, locale);
        try {
            Spreadsheet sheet = new Spreadsheet(out, name, headers, WIDTHS, 0);
            jdbc.query("""
                    select m.full_name, b.name as branch_name, m.status, r.self_level, r.proposed_level, r.final_level,
                           r.comment, r.decided_at
                      from""" + SubtreeBranches.IN_ORDER + """
                      join member m on m.branch_id = b.id
                      left join monthly_rating r on r.member_id = m.id and r.period = :period
                     where m.admitted_on < cast(:period as date) + interval '1 month'
                       and (m.left_on is null or m.left_on >= :period)
                     order by b.sort_key, b.id, m.sort_key, m.id""",
                    new MapSqlParameterSource("path", path).addValue("period", Date.valueOf(period.atDay(1))), rs -> {
                        Timestamp decided = rs.getTimestamp("decided_at");
                        sheet.nextLine()
                                .text(0, rs.getString("full_name"))
                                .text(1, rs.getString("branch_name"))
                                .text(2, message("member.status." + rs.getString("status"), locale))
                                .text(3, level(rs.getString("self_level"), locale))
                                .text(4, level(rs.getString("proposed_level"), locale))
                                .text(5, level(rs.getString("final_level"), locale))
                                .text(6, rs.getString("comment"))
                                .date(7, decided == null ? null : decided.toInstant().atZone(VIETNAM).toLocalDate());
                    });
            sheet.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One row a member on the roll at some time in the year, with the level the branch adopted each month. */
    @Transactional(readOnly = true)
    public void writeYear(String path, int year, Locale locale, OutputStream out) throws IOException {
        List<String> headers = new ArrayList<>(List.of(message("member.fullName", locale),
                message("export.branch.name", locale), message("member.status", locale)));
        int[] widths = new int[3 + 12];
        widths[0] = 28;
        widths[1] = 36;
        widths[2] = 14;
        StringBuilder months = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            headers.add(messages.getMessage("annual.monthColumn", new Object[] {month}, locale));
            widths[2 + month] = 24;
            months.append(", max(r.final_level) filter (where extract(month from r.period) = ").append(month)
                    .append(") as m").append(month);
        }
        LocalDate january = LocalDate.of(year, 1, 1);
        String name = messages.getMessage("export.ratings.year.sheet", new Object[] {String.valueOf(year)}, locale);
        try {
            Spreadsheet sheet = new Spreadsheet(out, name, headers, widths, 1);
            jdbc.query("""
                    select m.full_name, b.name as branch_name, m.status, y.*
                      from""" + SubtreeBranches.IN_ORDER + """
                      join member m on m.branch_id = b.id
                      cross join lateral (select 1 as one""" + months + """
                                            from monthly_rating r
                                           where r.member_id = m.id and r.period between :january and :december) y
                     where m.admitted_on <= :december
                       and (m.left_on is null or m.left_on >= :january)
                     order by b.sort_key, b.id, m.sort_key, m.id""",
                    new MapSqlParameterSource("path", path).addValue("january", Date.valueOf(january))
                            .addValue("december", Date.valueOf(january.withMonth(12).withDayOfMonth(31))), rs -> {
                        Spreadsheet.Line line = sheet.nextLine()
                                .text(0, rs.getString("full_name"))
                                .text(1, rs.getString("branch_name"))
                                .text(2, message("member.status." + rs.getString("status"), locale));
                        for (int month = 1; month <= 12; month++) {
                            line.text(2 + month, level(rs.getString("m" + month), locale));
                        }
                    });
            sheet.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The level's name, or null for no level. */
    private String level(String level, Locale locale) {
        return level == null ? null : message("rating.level." + level, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
