package vn.chibo.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.member.MemberService;
import vn.chibo.member.RollMember;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccessPolicy;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/** Creates a month's meetings with the standard agenda, and records the plan and the agenda. */
@Service
@Transactional
public class MeetingPlanning {

    private final MeetingRepository meetings;
    private final DirectiveRepository directives;
    private final MeetingAccess meetingAccess;
    private final OrganizationService organizations;
    private final MemberService members;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    MeetingPlanning(MeetingRepository meetings, DirectiveRepository directives, MeetingAccess meetingAccess,
                    OrganizationService organizations, MemberService members, AccessPolicy access,
                    AuditService audit, Clock clock) {
        this.meetings = meetings;
        this.directives = directives;
        this.meetingAccess = meetingAccess;
        this.organizations = organizations;
        this.members = members;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** An agenda line of the plan form; a null id is a new item, {@code remove} drops an existing one. */
    public record AgendaLine(Long id, String title, Integer position, boolean remove, Set<Long> directiveIds) {
    }

    public record Plan(MeetingKind kind, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String location,
                       Long chairId, Long recorderId, List<AgendaLine> agenda) {
    }

    /**
     * Opens the month's regular meeting (or a thematic or extraordinary one) with the standard
     * agenda and the secretary in the chair. A month has one regular meeting; asking again
     * returns the one there is.
     */
    public long create(long branchId, YearMonth period, MeetingKind kind) {
        OrganizationSummary branch = organizations.getVisibleBranch(branchId);
        access.requireEditBranch(branch.path());
        if (period.isAfter(YearMonth.now(clock).plusMonths(1))) {
            throw new InvalidInputException("period", "meeting.error.tooFarAhead");
        }
        if (branch.dissolvedBefore(period)) {
            throw new InvalidInputException("period", "meeting.error.dissolved");
        }
        boolean regular = kind == MeetingKind.REGULAR || kind == MeetingKind.COMBINED;
        if (regular) {
            var existing = meetings.findRegular(branchId, period);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
        }
        Meeting meeting = new Meeting(branchId, period, kind);
        if (regular) {
            StandardAgenda.TITLES.forEach(meeting::addAgendaItem);
        } else {
            meeting.addAgendaItem(kind == MeetingKind.THEMATIC ? StandardAgenda.THEMATIC_TITLE
                    : StandardAgenda.EXTRAORDINARY_TITLE);
        }
        List<RollMember> roll = members.roll(branchId, period);
        roll.stream().filter(member -> member.branchRole().leadsBranch())
                .min(Comparator.comparing(member -> member.branchRole().ordinal()))
                .ifPresent(chair -> meeting.plan(kind, null, null, null, null, chair.id(), null));
        Meeting saved = meetings.save(meeting);
        audit.record(AuditSubject.of("meeting", saved.getId()).meeting(saved.getId()), "CREATE", kind + " " + period);
        meetingAccess.changed(saved);
        return saved.getId();
    }

    public void plan(long meetingId, long version, Plan plan) {
        MeetingAccess.Opened opened = meetingAccess.write(meetingId, version);
        Meeting meeting = opened.meeting();
        List<RollMember> roll = members.roll(meeting.getBranchId(), meeting.getPeriod());
        Map<Long, RollMember> byId = roll.stream().collect(Collectors.toMap(RollMember::id, Function.identity()));
        List<Problem> problems = new ArrayList<>();
        RollMember chair = plan.chairId() == null ? null : byId.get(plan.chairId());
        if (chair == null || !chair.branchRole().leadsBranch()) {
            problems.add(new Problem("chairId", "meeting.plan.error.chair"));
        }
        if (plan.recorderId() == null || !byId.containsKey(plan.recorderId())) {
            problems.add(new Problem("recorderId", "meeting.plan.error.recorder"));
        }
        if (plan.chairId() != null && meeting.markedAbsent(plan.chairId())) {
            problems.add(new Problem("chairId", "meeting.plan.error.chairAbsent"));
        }
        if (plan.recorderId() != null && meeting.markedAbsent(plan.recorderId())) {
            problems.add(new Problem("recorderId", "meeting.plan.error.recorderAbsent"));
        }
        if (plan.startsAt() != null && plan.endsAt() != null && !plan.endsAt().isAfter(plan.startsAt())) {
            problems.add(new Problem("endsAt", "meeting.plan.error.endsBeforeStart"));
        }
        if (plan.heldOn() != null && !YearMonth.from(plan.heldOn()).equals(meeting.getPeriod())) {
            problems.add(new Problem("heldOn", "meeting.plan.error.otherMonth"));
        }
        boolean regularKind = plan.kind() == MeetingKind.REGULAR || plan.kind() == MeetingKind.COMBINED;
        if (plan.kind() == null || regularKind != meeting.isRegular()) {
            problems.add(new Problem("kind", "meeting.plan.error.kind"));
        }
        long kept = plan.agenda().stream()
                .filter(line -> !line.remove() && line.title() != null && !line.title().isBlank()).count();
        if (kept == 0) {
            problems.add(new Problem("agenda", "meeting.plan.error.emptyAgenda"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        meeting.plan(plan.kind(), plan.heldOn(), plan.startsAt(), plan.endsAt(), plan.location().strip(),
                plan.chairId(), plan.recorderId());
        applyAgenda(meeting, plan.agenda());
        audit.record(AuditSubject.of("meeting", meetingId).meeting(meetingId), "PLAN", plan.kind() + " " + plan.heldOn() + " " + plan.startsAt() + "-"
                + plan.endsAt() + " chair " + plan.chairId() + " recorder " + plan.recorderId());
    }

    private void applyAgenda(Meeting meeting, List<AgendaLine> lines) {
        Map<Long, AgendaItem> items = meeting.getAgenda().stream()
                .collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        Map<Long, Directive> known = directives.findAll().stream()
                .collect(Collectors.toMap(Directive::getId, Function.identity()));
        List<AgendaLine> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing(line -> line.position() == null ? Integer.MAX_VALUE : line.position()));
        List<AgendaItem> order = new ArrayList<>();
        for (AgendaLine line : ordered) {
            AgendaItem item = line.id() == null ? null : items.get(line.id());
            boolean blank = line.title() == null || line.title().isBlank();
            if (item != null && (line.remove() || blank)) {
                meeting.removeAgendaItem(item);
                continue;
            }
            if (blank || line.remove()) {
                continue;
            }
            if (item == null) {
                item = meeting.addAgendaItem(line.title());
            } else {
                item.rename(line.title());
            }
            Set<Directive> studied = new HashSet<>();
            if (line.directiveIds() != null) {
                line.directiveIds().stream().map(known::get).filter(Objects::nonNull).forEach(studied::add);
            }
            item.studyDirectives(studied);
            order.add(item);
        }
        meeting.reorderAgenda(order);
    }
}
