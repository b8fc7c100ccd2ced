package vn.chibo.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail back, newest first: a meeting's changes, a member's, or a search over a
 * part of the tree. Who may read which is the callers' to decide (meeting, member, oversight).
 */
@Service
public class AuditTrail {

    private static final String COLUMNS = """
            select l.at, l.username, l.entity_type, l.entity_id, l.action, l.details,
                   l.organization_id, o.name as organization_name, l.member_id, m.full_name as member_name,
                   l.meeting_id
              from audit_log l
              left join organization o on o.id = l.organization_id
              left join member m on m.id = l.member_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate cursor;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(template.getDataSource());
        this.cursor.setFetchSize(1000);
        this.clock = clock;
    }

    /** One line of the trail, its time in the app's zone. */
    public record AuditLine(LocalDateTime at, String username, String entityType, Long entityId, String action,
                            String details, Long organizationId, String organizationName, Long memberId,
                            String memberName, Long meetingId) {
    }

    /**
     * What {@code /audit} asks for. {@code scope}: the paths of the subtrees to read (null: the
     * whole tree, lines of no organization included); the rest narrows when given.
     */
    public record AuditSearch(List<String> scope, String actor, String kind, Long memberId, LocalDate from,
                              LocalDate to) {
    }

    /** Every change to a meeting: its plan, roll call, resolution, tasks and ratings given at it. */
    @Transactional(readOnly = true)
    public Page<AuditLine> ofMeeting(long meetingId, Pageable pageable) {
        return page(new Where().and("l.meeting_id = ?", meetingId), pageable);
    }

    /** The changes that concern a member; {@code ratingsOnly} for the member reading their own. */
    @Transactional(readOnly = true)
    public Page<AuditLine> ofMember(long memberId, boolean ratingsOnly, Pageable pageable) {
        Where where = new Where().and("l.member_id = ?", memberId);
        if (ratingsOnly) {
            where.and("l.entity_type = ?", "monthly_rating");
        }
        return page(where, pageable);
    }

    @Transactional(readOnly = true)
    public Page<AuditLine> search(AuditSearch search, Pageable pageable) {
        return page(where(search), pageable);
    }

    /** All the lines of a search, streamed (an export). */
    @Transactional(readOnly = true)
    public void each(AuditSearch search, Consumer<AuditLine> line) {
        Where where = where(search);
        cursor.query(COLUMNS + where.sql + " order by l.at desc, l.id desc",
                row -> {
            line.accept(line(row));
        }, where.params.toArray());
    }

    private Page<AuditLine> page(Where where, Pageable pageable) {
        long total = jdbc.sql("select count(*) from audit_log l left join organization o on o.id = l.organization_id"
                + where.sql).params(where.params).query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params);
        params.add(pageable.getPageSize());
        params.add(pageable.getOffset());
        List<AuditLine> lines = jdbc.sql(COLUMNS + where.sql + " order by l.at desc, l.id desc limit ? offset ?")
                .params(params).query((row, n) -> line(row)).list();
        return new PageImpl<>(lines, pageable, total);
    }

    private Where where(AuditSearch search) {
        Where where = new Where();
        if (search.scope() != null) {
            where.any(search.scope().stream().map(path -> "in_subtree(o.path, ?)").toList(), search.scope());
        }
        if (search.actor() != null) {
            where.and("l.username = ?", search.actor());
        }
        if (search.kind() != null) {
            where.and("l.entity_type = ?", search.kind());
        }
        if (search.memberId() != null) {
            where.and("l.member_id = ?", search.memberId());
        }
        if (search.from() != null) {
            where.and("l.at >= ?", Timestamp.from(search.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (search.to() != null) {
            where.and("l.at < ?", Timestamp.from(search.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        return where;
    }

    private AuditLine line(ResultSet row) throws SQLException {
        return new AuditLine(
                row.getTimestamp("at").toInstant().atZone(clock.getZone()).toLocalDateTime(),
                row.getString("username"), row.getString("entity_type"), row.getObject("entity_id", Long.class),
                row.getString("action"), row.getString("details"), row.getObject("organization_id", Long.class),
                row.getString("organization_name"), row.getObject("member_id", Long.class),
                row.getString("member_name"), row.getObject("meeting_id", Long.class));
    }

    /** A where clause and its parameters, built from the conditions that apply. */
    private static final class Where {

        private String sql = "";
        private final List<Object> params = new ArrayList<>();

        Where and(String condition, Object param) {
            sql += (sql.isEmpty() ? " where " : " and ") + condition;
            params.add(param);
            return this;
        }

        Where any(List<String> conditions, List<?> values) {
            String either = conditions.isEmpty() ? "false" : "(" + String.join(" or ", conditions) + ")";
            sql += (sql.isEmpty() ? " where " : " and ") + either;
            params.addAll(values);
            return this;
        }
    }
}
