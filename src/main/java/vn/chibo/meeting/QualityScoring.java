package vn.chibo.meeting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/** Chất lượng buổi sinh hoạt: four parts, each within its maximum from the configuration. */
@Service
@Transactional
public class QualityScoring {

    private final MeetingAccess meetingAccess;
    private final MeetingRulesProperties rules;
    private final AuditService audit;

    QualityScoring(MeetingAccess meetingAccess, MeetingRulesProperties rules, AuditService audit) {
        this.meetingAccess = meetingAccess;
        this.rules = rules;
        this.audit = audit;
    }

    public void score(long meetingId, long version, int preparation, int attendance, int conduct, int closing) {
        Meeting meeting = meetingAccess.write(meetingId, version).meeting();
        List<Problem> problems = new ArrayList<>();
        check(problems, "preparation", preparation, rules.maxPreparation());
        check(problems, "attendance", attendance, rules.maxAttendance());
        check(problems, "conduct", conduct, rules.maxConduct());
        check(problems, "closing", closing, rules.maxClosing());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        meeting.scoreQuality(preparation, attendance, conduct, closing);
        audit.record(AuditSubject.of("meeting", meetingId).meeting(meetingId), "QUALITY", preparation + "+" + attendance + "+" + conduct + "+" + closing);
    }

    private static void check(List<Problem> problems, String field, int value, int max) {
        if (value < 0 || value > max) {
            problems.add(new Problem(field, "meeting.quality.error.range", max));
        }
    }
}
