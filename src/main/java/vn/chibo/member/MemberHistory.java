package vn.chibo.member;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.AccountAdministration;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/**
 * Changes to a member's party life. Each is a dated event with its decision number; the member's
 * state and months in each branch are then written from the whole history by the database
 * ({@code member_history_replay}, V5), the month summaries of the branches concerned recounted,
 * and the change audited, all in one transaction. Who may: the committee above the member's
 * branch (staff of an organization over it, administrators); a secretary only adds members to
 * their own branch and keeps their everyday details.
 */
@Service
public class MemberHistory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MemberRepository members;
    private final MemberEventRepository events;
    private final DisciplineRepository disciplines;
    private final MemberReads reads;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final AccountAdministration accounts;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    MemberHistory(MemberRepository members, MemberEventRepository events, DisciplineRepository disciplines,
                  MemberReads reads, OrganizationService organizations, AccessPolicy access,
                  AccountAdministration accounts, AuditService audit, JdbcClient jdbc, Clock clock) {
        this.members = members;
        this.events = events;
        this.disciplines = disciplines;
        this.reads = reads;
        this.organizations = organizations;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the user may add members to this branch: the committee above, or its own secretary. */
    public boolean mayAddMembers(OrganizationSummary branch) {
        return access.manages(branch.path()) || access.canEditBranch(branch.path());
    }

    /** A member arrives in the branch, admitted there or transferred in from outside the tree. */
    @Transactional
    long add(long branchId, NewMemberForm form) {
        OrganizationSummary branch = organizations.getVisibleBranch(branchId);
        if (!mayAddMembers(branch)) {
            throw new org.springframework.security.access.AccessDeniedException("members are added by the committee"
                    + " above or the branch's secretary");
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate admitted = form.getAdmittedOn();
        notAfterToday(problems, "admittedOn", admitted, today);
        notAfterToday(problems, "birthDate", form.getBirthDate(), today);
        if (form.getBirthDate() != null && admitted != null && !form.getBirthDate().plusYears(18).isBefore(admitted.plusDays(1))) {
            problems.add(new Problem("birthDate", "member.error.tooYoung"));
        }
        if (form.getFullMembershipOn() != null) {
            notAfterToday(problems, "fullMembershipOn", form.getFullMembershipOn(), today);
            if (admitted != null && form.getFullMembershipOn().isBefore(admitted)) {
                problems.add(new Problem("fullMembershipOn", "member.error.beforeAdmission", admitted.format(DAY)));
            }
        }
        boolean transferredIn = form.getArrival() == MemberEventKind.TRANSFERRED_IN;
        if (!form.getArrival().arrives()) {
            problems.add(new Problem("arrival", "member.error.arrival"));
        }
        LocalDate arrived = transferredIn ? form.getArrivedOn() : admitted;
        if (transferredIn) {
            if (arrived == null) {
                problems.add(new Problem("arrivedOn", "NotNull"));
            } else {
                notAfterToday(problems, "arrivedOn", arrived, today);
                if (admitted != null && arrived.isBefore(admitted)) {
                    problems.add(new Problem("arrivedOn", "member.error.beforeAdmission", admitted.format(DAY)));
                }
            }
            if (form.getOrigin() == null || form.getOrigin().isBlank()) {
                problems.add(new Problem("origin", "NotBlank"));
            }
        }
        cardNumberFree(problems, "partyCardNumber", form.getPartyCardNumber(), null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Member member = new Member(branchId, form.getFullName(), form.getGender(), form.getBirthDate(),
                form.getPartyCardNumber(), admitted);
        member.updateEveryday(form.getJobTitle(), form.isLeadershipPost(), form.getPhone(), form.getEmail());
        members.saveAndFlush(member);
        long id = member.getId();
        events.save(event(id, form.getArrival(), arrived, form.getDecisionNumber(), null)
                .inBranch(branchId).at(transferredIn ? form.getOrigin() : null));
        if (form.getFullMembershipOn() != null) {
            events.save(event(id, MemberEventKind.RECOGNIZED_FULL, form.getFullMembershipOn(), null, null));
        }
        replay(List.of(id), arrived);
        audit.record(AuditSubject.of("member", id).member(id), form.getArrival().name(), "branch " + branchId + ", " + arrived);
        return id;
    }

    /** One change of the member's party life, by the committee above their branch. */
    @Transactional
    void record(long memberId, EventForm form) {
        MemberProfile member = reads.profile(memberId).orElseThrow(() -> new MemberNotFoundException(memberId));
        access.requireManage(member.branchPath());
        MemberEventKind kind = Objects.requireNonNull(form.getKind());
        if (!kind.recordedLater()) {
            throw new InvalidInputException("kind", "member.error.arrival");
        }
        if (!member.active()) {
            throw new InvalidInputException(null, "member.error.left", member.leftOn().format(DAY));
        }
        LocalDate on = form.getOccurredOn();
        List<Problem> problems = new ArrayList<>();
        notAfterToday(problems, "occurredOn", on, LocalDate.now(clock));
        if (on.isBefore(member.admittedOn())) {
            problems.add(new Problem("occurredOn", "member.error.beforeAdmission", member.admittedOn().format(DAY)));
        }
        LocalDate settled = reads.lastPlacement(memberId);
        if ((kind == MemberEventKind.TRANSFERRED || kind.leaves()) && settled != null && on.isBefore(settled)) {
            problems.add(new Problem("occurredOn", "member.error.beforeLastMove", settled.format(DAY)));
        }
        MemberEvent event = event(memberId, kind, on, form.getDecisionNumber(), form.getNote());
        List<Long> touched = new ArrayList<>(List.of(memberId));
        String details = kind + " " + on;
        switch (kind) {
            case RECOGNIZED_FULL -> {
                if (member.fullMembershipOn() != null) {
                    problems.add(new Problem("kind", "member.error.alreadyFull"));
                } else if (on.isBefore(member.admittedOn().plusMonths(12)) && !form.isConfirmEarly()) {
                    problems.add(new Problem("confirmEarly", "member.warning.early",
                            member.admittedOn().format(DAY)));
                }
            }
            case EXEMPTED -> {
                if (form.getEndsOn() != null && form.getEndsOn().isBefore(on)) {
                    problems.add(new Problem("endsOn", "member.error.endsBeforeStart"));
                }
                event.until(form.getEndsOn());
                details += " until " + form.getEndsOn();
            }
            case TRANSFERRED -> {
                OrganizationSummary to = destination(problems, form.getBranchCode(), member);
                if (to != null) {
                    event.inBranch(to.id()).fromBranch(member.branchId());
                    details += ": branch " + member.branchId() + " -> " + to.id();
                }
            }
            case TRANSFERRED_OUT -> {
                if (form.getPlace() == null || form.getPlace().isBlank()) {
                    problems.add(new Problem("place", "NotBlank"));
                }
                event.at(form.getPlace());
                details += " to " + form.getPlace();
            }
            case ROLE_CHANGED -> {
                if (form.getRole() == null) {
                    problems.add(new Problem("role", "NotNull"));
                } else if (form.getRole() == member.branchRole()) {
                    problems.add(new Problem("role", "member.error.sameRole"));
                } else {
                    event.inBranch(member.branchId()).asRole(form.getRole());
                    details += ": " + member.branchRole() + " -> " + form.getRole();
                }
            }
            default -> {
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        events.save(event);
        if (kind == MemberEventKind.ROLE_CHANGED && form.getRole() == BranchRole.SECRETARY) {
            // One secretary at a time: the one in office steps down on the same day, by the same decision.
            for (long previous : reads.secretariesOf(member.branchId(), memberId)) {
                events.save(event(previous, MemberEventKind.ROLE_CHANGED, on, form.getDecisionNumber(), null)
                        .inBranch(member.branchId()).asRole(BranchRole.MEMBER));
                audit.record(AuditSubject.of("member", previous).member(previous), "ROLE_CHANGED", "SECRETARY -> MEMBER " + on);
                touched.add(previous);
            }
        }
        replay(touched, on);
        audit.record(AuditSubject.of("member", memberId).member(memberId), kind.name(),
                details + (form.getDecisionNumber() == null ? "" : ", " + form.getDecisionNumber()));
        if (kind.leaves()) {
            accounts.disableForMember(memberId);
        }
    }

    /** A discipline: it forces NOT_COMPLETED in its month; expulsion also ends the membership. */
    @Transactional
    void discipline(long memberId, DisciplineRecordForm form) {
        MemberProfile member = reads.profile(memberId).orElseThrow(() -> new MemberNotFoundException(memberId));
        access.requireManage(member.branchPath());
        if (!member.active()) {
            throw new InvalidInputException(null, "member.error.left", member.leftOn().format(DAY));
        }
        List<Problem> problems = new ArrayList<>();
        notAfterToday(problems, "decidedOn", form.getDecidedOn(), LocalDate.now(clock));
        if (form.getDecidedOn().isBefore(member.admittedOn())) {
            problems.add(new Problem("decidedOn", "member.error.beforeAdmission", member.admittedOn().format(DAY)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        disciplines.save(new Discipline(memberId, form.getDecidedOn(), form.getForm(), form.getDecidingBody().strip(),
                form.getDecisionNumber().strip(), form.getReason()));
        audit.record(AuditSubject.of("member", memberId).member(memberId), "DISCIPLINE", form.getForm() + " " + form.getDecidedOn() + ", "
                + form.getDecisionNumber().strip());
        if (form.getForm() == DisciplineForm.EXPULSION) {
            events.save(event(memberId, MemberEventKind.EXPELLED, form.getDecidedOn(), form.getDecisionNumber(),
                    form.getReason()));
            replay(List.of(memberId), form.getDecidedOn());
            accounts.disableForMember(memberId);
        }
    }

    /**
     * The registry's details: a secretary of the member's branch keeps the everyday ones (job,
     * leadership post, phone, email); the committee above also corrects who the member is.
     */
    @Transactional
    void updateDetails(long memberId, DetailsForm form) {
        MemberProfile profile = reads.profile(memberId).orElseThrow(() -> new MemberNotFoundException(memberId));
        boolean committee = access.manages(profile.branchPath());
        if (!committee && !access.canEditBranch(profile.branchPath())) {
            throw new org.springframework.security.access.AccessDeniedException("not the member's secretary");
        }
        Member member = members.findById(memberId).orElseThrow(() -> new MemberNotFoundException(memberId));
        List<String> changes = new ArrayList<>();
        if (committee) {
            List<Problem> problems = new ArrayList<>();
            notAfterToday(problems, "birthDate", form.getBirthDate(), LocalDate.now(clock));
            cardNumberFree(problems, "partyCardNumber", form.getPartyCardNumber(), memberId);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            change(changes, "fullName", profile.fullName(), form.getFullName());
            change(changes, "gender", profile.gender(), form.getGender());
            change(changes, "birthDate", profile.birthDate(), form.getBirthDate());
            change(changes, "partyCardNumber", profile.partyCardNumber(), form.getPartyCardNumber());
            member.correctIdentity(form.getFullName(), form.getGender(), form.getBirthDate(),
                    form.getPartyCardNumber());
        }
        change(changes, "jobTitle", profile.jobTitle(), form.getJobTitle());
        change(changes, "leadershipPost", profile.leadershipPost(), form.isLeadershipPost());
        change(changes, "phone", profile.phone(), form.getPhone());
        change(changes, "email", profile.email(), form.getEmail());
        member.updateEveryday(form.getJobTitle(), form.isLeadershipPost(), form.getPhone(), form.getEmail());
        if (!changes.isEmpty()) {
            audit.record(AuditSubject.of("member", memberId).member(memberId), "details", String.join("; ", changes));
        }
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        Object was = before instanceof String text && text.isBlank() ? null : before;
        Object now = after instanceof String text ? (text.isBlank() ? null : text.strip()) : after;
        if (!Objects.equals(was, now)) {
            changes.add(field + ": " + was + " -> " + now);
        }
    }

    private OrganizationSummary destination(List<Problem> problems, String code, MemberProfile member) {
        if (code == null || code.isBlank()) {
            problems.add(new Problem("branchCode", "NotBlank"));
            return null;
        }
        OrganizationSummary to = organizations.byCode(code).orElse(null);
        if (to == null || !to.isBranch()) {
            problems.add(new Problem("branchCode", "member.error.noSuchBranch", code.strip()));
        } else if (!access.manages(to.path())) {
            problems.add(new Problem("branchCode", "member.error.branchOutOfScope", to.name()));
        } else if (to.id() == member.branchId()) {
            problems.add(new Problem("branchCode", "member.error.sameBranch"));
        } else {
            return to;
        }
        return null;
    }

    private void cardNumberFree(List<Problem> problems, String field, String number, Long memberId) {
        if (number != null && !number.isBlank()) {
            Long holder = reads.cardHolder(number.strip());
            if (holder != null && !holder.equals(memberId)) {
                problems.add(new Problem(field, "member.error.cardTaken", number.strip()));
            }
        }
    }

    private static void notAfterToday(List<Problem> problems, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.add(new Problem(field, "member.error.future"));
        }
    }

    private MemberEvent event(long memberId, MemberEventKind kind, LocalDate on, String decision, String note) {
        return new MemberEvent(memberId, kind, on, decision, note, clock.instant(), access.currentUser().getUsername());
    }

    /** The members' state and stints from their history, and the month summaries from {@code since}. */
    private void replay(List<Long> memberIds, LocalDate since) {
        events.flush();
        jdbc.sql("select member_history_replay(?, ?)")
                .params(memberIds.toArray(Long[]::new), since)
                .query().singleValue();
    }
}
