package vn.chibo.meeting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.MeetingAccess.Opened;
import vn.chibo.meeting.MeetingPage.AgendaView;
import vn.chibo.meeting.MeetingPage.AttendanceRow;
import vn.chibo.meeting.MeetingPage.AttendanceSummary;
import vn.chibo.meeting.MeetingPage.QualityView;
import vn.chibo.meeting.MeetingPage.ResolutionView;
import vn.chibo.meeting.MeetingPage.Step;
import vn.chibo.meeting.MeetingReads.RollEntry;
import vn.chibo.member.MemberService;
import vn.chibo.member.RollMember;
import vn.chibo.organization.OrganizationNotFoundException;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.organization.Trail;
import vn.chibo.rating.RatingService;
import vn.chibo.security.AccessPolicy;
import vn.chibo.task.TaskService;

/** Reads one meeting for its pages: details, roll, progress through the steps and warnings. */
@Service
@Transactional(readOnly = true)
public class MeetingPages {

    private final MeetingAccess access;
    private final MeetingRepository meetings;
    private final MeetingReads reads;
    private final OrganizationService organizations;
    private final TaskService tasks;
    private final RatingService ratings;
    private final MemberService members;
    private final MeetingWarnings warnings;
    private final MeetingRulesProperties rules;
    private final DirectiveRepository directives;
    private final AccessPolicy policy;

    MeetingPages(DirectiveRepository directives, AccessPolicy policy, MeetingAccess access, MeetingRepository meetings,
                 MeetingReads reads, OrganizationService organizations, TaskService tasks,
                 RatingService ratings, MemberService members, MeetingWarnings warnings,
                 MeetingRulesProperties rules) {
        this.directives = directives;
        this.policy = policy;
        this.access = access;
        this.meetings = meetings;
        this.reads = reads;
        this.organizations = organizations;
        this.tasks = tasks;
        this.ratings = ratings;
        this.members = members;
        this.warnings = warnings;
        this.rules = rules;
    }

    /**
     * The page of a month's regular meeting, if the branch has one, read in one transaction. Its
     * members may ask too: they read the meeting once it is finalized.
     */
    public Optional<MeetingPage> regularPage(long branchId, YearMonth period) {
        return regular(branchId, period).map(this::page);
    }

    private Optional<Opened> regular(long branchId, YearMonth period) {
        Trail trail = organizations.trail(branchId);
        OrganizationSummary branch = trail.node();
        if (!branch.isBranch()) {
            throw new OrganizationNotFoundException(branchId);
        }
        if (!organizations.canView(branch) && !policy.isMemberOf(branchId)) {
            throw new AccessDeniedException("branch " + branchId + " is outside the user's scope");
        }
        return meetings.findRegularWithAgenda(branchId, period).map(meeting -> access.read(meeting, trail));
    }

    /** The directives an agenda item can be tied to. */
    public List<DirectiveView> directives() {
        return directives.findAll().stream().sorted(Comparator.comparing(Directive::getId))
                .map(directive -> new DirectiveView(directive.getId(), directive.getCode(), directive.getTitle()))
                .toList();
    }

    public record DirectiveView(long id, String code, String title) {
    }

    /** Thematic and extraordinary meetings of a month (the regular one has its own page). */
    public List<MeetingOverview> otherMeetings(long branchId, YearMonth period) {
        organizations.getVisibleBranch(branchId);
        return reads.overview(branchId, period, period).stream().filter(meeting -> !meeting.isRegular()).toList();
    }

    /** Refuses (403, or 409 when locked) a write by anyone but the branch's secretary. */
    public void requireWritable(long meetingId) {
        access.requireWritable(meetingId);
    }

    public MeetingPage page(long meetingId) {
        return page(access.read(meetingId));
    }

    private MeetingPage page(Opened opened) {
        Meeting meeting = opened.meeting();
        OrganizationSummary branch = opened.branch();
        List<RollMember> roll = members.roll(branch.id(), meeting.getPeriod());
        MeetingReads.RollAt rollAt = reads.rollAt(meeting.getId(), roll, branch.id(), meeting.getPeriod());
        List<RollEntry> entries = rollAt.entries();
        Map<Long, RollMember> byId = roll.stream().collect(Collectors.toMap(RollMember::id, Function.identity()));
        Map<Long, AttendanceMark> marks = AttendanceMarks.byMember(
                entries.stream().map(RollEntry::mark).filter(Objects::nonNull).toList());
        AttendanceSummary summary = AttendanceCount.of(roll, marks);
        List<AttendanceRow> attendance = roll.stream().map(member -> {
            AttendanceMark mark = marks.get(member.id());
            return new AttendanceRow(member, mark == null ? null : mark.status(), mark == null ? null : mark.reason());
        }).toList();
        List<OrganizationSummary> trail = new ArrayList<>(organizations.visible(opened.trail().ancestors()));
        trail.add(branch);
        List<MeetingOverview> quarter = reads.overview(branch.id(), MeetingWarnings.quarterStart(meeting.getPeriod()),
                meeting.getPeriod());
        List<MeetingOverview> others = quarter.stream()
                .filter(other -> other.period().equals(meeting.getPeriod()) && other.id() != meeting.getId()).toList();
        OrganizationSummary parent = opened.trail().parent();
        String committee = parent == null ? null : parent.name();
        return new MeetingPage(branch, committee, trail, meeting.getId(), meeting.getVersion(), meeting.getPeriod(),
                meeting.getKind(), meeting.getStatus(), meeting.getHeldOn(), meeting.getStartsAt(),
                meeting.getEndsAt(), meeting.getLocation(), meeting.getChairId(), name(byId, meeting.getChairId()),
                meeting.getRecorderId(), name(byId, meeting.getRecorderId()), agenda(meeting), roll, attendance,
                summary, resolution(meeting), quality(meeting), steps(meeting, branch, roll, summary, marks, entries),
                warnings.of(meeting, entries, quarter, rollAt.markedOffRoll()),
                others, !meeting.isLocked() && access.canEdit(branch),
                meeting.isLocked() && access.canReopen(branch), meeting.getFinalizedAt(), meeting.getFinalizedBy());
    }

    private static String name(Map<Long, RollMember> roll, Long memberId) {
        RollMember member = memberId == null ? null : roll.get(memberId);
        return member == null ? null : member.fullName();
    }

    private static List<AgendaView> agenda(Meeting meeting) {
        return meeting.getAgenda().stream().map(item -> new AgendaView(item.getId(), item.getPosition(),
                item.getTitle(), item.getMinutes(),
                item.getDirectives().stream().map(Directive::getId).sorted().toList(),
                item.getDirectives().stream().map(Directive::getCode).sorted(Comparator.naturalOrder()).toList()))
                .toList();
    }

    private static ResolutionView resolution(Meeting meeting) {
        boolean recorded = meeting.hasResolution();
        boolean passes = recorded && Vote.passes(meeting.getVotesFor(), meeting.getEligibleCount());
        return new ResolutionView(meeting.getResolutionText(), meeting.getVotesFor(), meeting.getVotesAgainst(),
                meeting.getVotesOther(), meeting.getEligibleCount(), recorded, passes);
    }

    private QualityView quality(Meeting meeting) {
        Integer total = meeting.qualityTotal();
        return new QualityView(meeting.getQualityPreparation(), meeting.getQualityAttendance(),
                meeting.getQualityConduct(), meeting.getQualityClosing(), total,
                total == null ? null : rules.qualityLevel(total), rules);
    }

    private List<Step> steps(Meeting meeting, OrganizationSummary branch, List<RollMember> roll,
                             AttendanceSummary summary, Map<Long, AttendanceMark> marks,
                             List<RollEntry> entries) {
        boolean planned = meeting.getHeldOn() != null && meeting.getStartsAt() != null && meeting.getEndsAt() != null
                && meeting.getLocation() != null && meeting.getChairId() != null && meeting.getRecorderId() != null;
        boolean minutes = !meeting.getAgenda().isEmpty()
                && meeting.getAgenda().stream().allMatch(item -> item.getMinutes() != null);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("plan", planned, true));
        steps.add(new Step("attendance", summary.unrecorded() == 0 && !roll.isEmpty(), true));
        if (meeting.isRegular()) {
            boolean feesSettled = entries.stream().allMatch(entry -> entry.member().exempt() || entry.feeSettled());
            steps.add(new Step("fees", feesSettled && !roll.isEmpty(), false));
        }
        steps.add(new Step("minutes", minutes, false));
        if (meeting.isRegular()) {
            boolean reviewed = tasks.countOpenBefore(branch.id(), meeting.getPeriod()) == 0;
            steps.add(new Step("tasks", reviewed, false));
        }
        steps.add(new Step("resolution", meeting.hasResolution(), true));
        if (meeting.isRegular()) {
            List<Long> rated = RatedMembers.of(roll, marks);
            steps.add(new Step("ratings", ratings.unrated(branch.id(), meeting.getPeriod(), rated).isEmpty(), true));
        }
        steps.add(new Step("quality", meeting.hasQualityScore(), false));
        steps.add(new Step("finalize", meeting.isLocked(), true));
        return steps;
    }
}
