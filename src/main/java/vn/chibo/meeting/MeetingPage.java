package vn.chibo.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import vn.chibo.member.RollMember;
import vn.chibo.organization.OrganizationSummary;

/** Everything the pages of one meeting show, read in one go. */
public record MeetingPage(OrganizationSummary branch, String committeeName, List<OrganizationSummary> trail,
                          long id, long version,
                          YearMonth period, MeetingKind kind, MeetingStatus status, LocalDate heldOn,
                          LocalTime startsAt, LocalTime endsAt, String location, Long chairId, String chairName,
                          Long recorderId, String recorderName, List<AgendaView> agenda, List<RollMember> roll,
                          List<AttendanceRow> attendance, AttendanceSummary summary, ResolutionView resolution,
                          QualityView quality, List<Step> steps, List<Warning> warnings,
                          List<MeetingOverview> otherMeetings, boolean editable, boolean canReopen,
                          Instant finalizedAt, String finalizedBy) {

    public boolean regular() {
        return kind == MeetingKind.REGULAR || kind == MeetingKind.COMBINED;
    }

    public boolean finalized() {
        return status == MeetingStatus.FINALIZED;
    }

    public boolean complete() {
        return steps.stream().filter(step -> step.required() && !step.key().equals("finalize")).allMatch(Step::done);
    }

    public record AgendaView(long id, int position, String title, String minutes, List<Long> directiveIds,
                             List<String> directiveCodes) {
    }

    public record AttendanceRow(RollMember member, AttendanceStatus status, String reason) {
    }

    /** An absent member; the page names the three kinds of absence in words looked up once. */
    public record Absence(String name, AttendanceStatus status, String reason) {

        public boolean excused() {
            return status == AttendanceStatus.EXCUSED;
        }

        public boolean onDuty() {
            return status == AttendanceStatus.ON_DUTY;
        }
    }

    public record AttendanceSummary(int total, int exempt, int present, int excused, int onDuty, int unexcused,
                                    int unrecorded, int fullMembers, int eligible, int presentVoters,
                                    List<Absence> absences) {
    }

    public record ResolutionView(String text, Integer votesFor, Integer votesAgainst, Integer votesOther,
                                 Integer eligible, boolean recorded, boolean passes) {
    }

    public record QualityView(Integer preparation, Integer attendance, Integer conduct, Integer closing,
                              Integer total, QualityLevel level, MeetingRulesProperties maxima) {
    }

    /** One part of the workflow: whether it is done, and whether finalizing needs it. */
    public record Step(String key, boolean done, boolean required) {
    }

    /** What the guidelines ask that the data contradicts; a reminder is one there is still time for. */
    public record Warning(String key, boolean reminder, Object... arguments) {

        public Warning(String key, Object... arguments) {
            this(key, false, arguments);
        }

        static Warning reminder(String key, Object... arguments) {
            return new Warning(key, true, arguments);
        }
    }
}
