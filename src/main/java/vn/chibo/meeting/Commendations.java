package vn.chibo.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Biểu dương / phê bình at a meeting: at most one for a member, with its text, recorded by the
 * secretary in the rating step and listed in the minutes.
 */
@Component
class Commendations {

    static final int MAX_NOTE = 1000;

    private final JdbcClient jdbc;

    Commendations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(CommendationKind kind, String note) {
    }

    /** The meeting's commendations and criticisms by member id. */
    Map<Long, Entry> ofMeeting(long meetingId) {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        jdbc.sql("select member_id, kind, note from commendation where meeting_id = ? order by id").param(meetingId)
                .query((row, n) -> Map.entry(row.getLong(1),
                        new Entry(CommendationKind.valueOf(row.getString(2)), row.getString(3))))
                .list().forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
        return entries;
    }

    /** Sets what the meeting says of the member; null removes it. */
    void set(long meetingId, long memberId, Entry entry) {
        jdbc.sql("delete from commendation where meeting_id = ? and member_id = ?").params(meetingId, memberId).update();
        if (entry != null) {
            jdbc.sql("insert into commendation (meeting_id, member_id, kind, note) values (?, ?, ?, ?)")
                    .params(meetingId, memberId, entry.kind().name(), entry.note()).update();
        }
    }
}
