package vn.chibo.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.fee.FeeService;
import vn.chibo.fee.FeeService.Collection;
import vn.chibo.fee.FeeService.Payer;
import vn.chibo.meeting.MeetingAccess.Opened;
import vn.chibo.member.MemberService;

/**
 * Thu đảng phí, the opening item of the meeting: the fee step reads and writes through the fee
 * book, for the month's roll, as the meeting's other steps do (the branch's secretary, the meeting
 * open, the version the page was opened on).
 */
@Service
@Transactional
class FeeCollecting {

    private final MeetingAccess access;
    private final MemberService members;
    private final FeeService fees;
    private final Clock clock;

    FeeCollecting(MeetingAccess access, MemberService members, FeeService fees, Clock clock) {
        this.access = access;
        this.members = members;
        this.fees = fees;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<FeeService.Line> lines(long meetingId) {
        return fees.lines(collection(access.read(meetingId)));
    }

    void collect(long meetingId, long version, Map<Long, FeeService.Entry> entries) {
        fees.collect(collection(access.write(meetingId, version)), entries);
    }

    int payAllToDate(long meetingId, long version) {
        return fees.payAllToDate(collection(access.write(meetingId, version)));
    }

    private Collection collection(Opened opened) {
        Meeting meeting = opened.meeting();
        List<Payer> roll = members.roll(meeting.getBranchId(), meeting.getPeriod()).stream()
                .map(member -> new Payer(member.id(), member.fullName(), member.exempt())).toList();
        LocalDate paidOn = meeting.getHeldOn() != null ? meeting.getHeldOn() : LocalDate.now(clock);
        return new Collection(meeting.getBranchId(), opened.branch().path(), meeting.getPeriod(), meeting.getId(),
                paidOn, roll);
    }
}
