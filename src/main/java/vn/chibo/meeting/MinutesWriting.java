package vn.chibo.meeting;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.InvalidInputException;

/** Biên bản: the text of each agenda item, stored and shown exactly as typed (never as HTML). */
@Service
@Transactional
public class MinutesWriting {

    static final int MAX_LENGTH = 20_000;

    private final MeetingAccess meetingAccess;

    MinutesWriting(MeetingAccess meetingAccess) {
        this.meetingAccess = meetingAccess;
    }

    public void write(long meetingId, long version, Map<Long, String> minutesByItem) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        for (Map.Entry<Long, String> entry : minutesByItem.entrySet()) {
            if (entry.getValue() != null && entry.getValue().length() > MAX_LENGTH) {
                throw new InvalidInputException("minutes[" + entry.getKey() + "]", "meeting.minutes.error.length",
                        MAX_LENGTH);
            }
        }
        for (AgendaItem item : meeting.getAgenda()) {
            if (minutesByItem.containsKey(item.getId())) {
                item.writeMinutes(minutesByItem.get(item.getId()));
            }
        }
    }
}
