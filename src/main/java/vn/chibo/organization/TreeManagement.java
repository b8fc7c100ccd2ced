package vn.chibo.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.AuditService;
import vn.chibo.audit.AuditSubject;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.Role;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.shared.InvalidInputException.Problem;

/**
 * The committee's organization work on the tree: new organizations under one the user manages;
 * renaming, moving and dissolving those strictly below (staff never change their own organization,
 * what is above it or beside it); a branch's pilot enrolment; a committee's yearly work theme.
 * Every change is audited in its transaction; a move recounts the roll-ups (V2, organization_maybe_moved).
 */
@Service
@Transactional
class TreeManagement {

    private final OrganizationRepository organizations;
    private final PilotEnrollmentRepository pilots;
    private final OrganizationService reads;
    private final AccessPolicy access;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    TreeManagement(OrganizationRepository organizations, PilotEnrollmentRepository pilots, OrganizationService reads,
                   AccessPolicy access, AuditService audit, JdbcClient jdbc, Clock clock) {
        this.organizations = organizations;
        this.pilots = pilots;
        this.reads = reads;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private boolean mayAddUnder(OrganizationSummary parent) {
        return reads.mayAddUnder(parent);
    }

    private boolean mayChange(OrganizationSummary node) {
        return reads.mayChange(node);
    }

    /**
     * Whether a chi bộ trực thuộc may sit directly under the organization: only a grassroots
     * organization (đảng bộ cơ sở, or a commune's), which counts its members' year-end quota. Under a
     * higher committee a branch is a chi bộ cơ sở.
     */
    static boolean grassroots(OrganizationSummary parent) {
        return parent.kind() == OrganizationKind.GRASSROOTS_COMMITTEE || parent.kind() == OrganizationKind.COMMUNE_COMMITTEE;
    }

    /** A new organization under {@code parentId}, or a new top of the tree (administrators only). */
    long create(Long parentId, ChildForm form) {
        OrganizationSummary parent = parentId == null ? null : reads.get(parentId);
        if (parent == null ? !access.currentUser().hasRole(Role.ADMIN) : !mayAddUnder(parent)) {
            throw new AccessDeniedException("organizations are added by the committee above");
        }
        List<Problem> problems = new ArrayList<>();
        boolean branch = form.getKind() == OrganizationKind.BRANCH;
        if (branch && form.getBranchKind() == null) {
            problems.add(new Problem("branchKind", "NotNull"));
        }
        if (parent == null && branch) {
            problems.add(new Problem("kind", "organization.error.rootBranch"));
        } else if (branch && form.getBranchKind() == BranchKind.DEPENDENT && !grassroots(parent)) {
            problems.add(new Problem("branchKind", "organization.error.dependentNeedsGrassroots", parent.name()));
        }
        codeFree(problems, form.getCode(), null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Organization created = organizations.saveAndFlush(new Organization(parentId, form.getKind(),
                branch ? form.getBranchKind() : null, form.getName(), form.getCode()));
        audit.record(AuditSubject.of("organization", created.getId()).organization(created.getId()), "created", form.getKind() + " " + form.getCode().strip()
                + " under " + parentId);
        return created.getId();
    }

    /** A new name, code or place name, and a new parent when one is given. */
    void edit(long id, EditForm form) {
        OrganizationSummary node = reads.get(id);
        requireChange(node);
        List<Problem> problems = new ArrayList<>();
        codeFree(problems, form.getCode(), id);
        OrganizationSummary parent = null;
        String parentCode = form.getParentCode() == null ? "" : form.getParentCode().strip();
        if (!parentCode.isEmpty()) {
            parent = reads.byCode(parentCode).orElse(null);
            if (parent == null) {
                problems.add(new Problem("parentCode", "organization.error.noSuchParent", parentCode));
            } else if (parent.isBranch() || parent.dissolvedOn() != null) {
                problems.add(new Problem("parentCode", "organization.error.parentNotCommittee", parent.name()));
            } else if (parent.path().startsWith(node.path())) {
                problems.add(new Problem("parentCode", "organization.error.underItself"));
            } else if (!access.manages(parent.path())) {
                problems.add(new Problem("parentCode", "organization.error.parentOutOfScope", parent.name()));
            } else if (node.branchKind() == BranchKind.DEPENDENT && !grassroots(parent)) {
                problems.add(new Problem("parentCode", "organization.error.dependentNeedsGrassroots", parent.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Organization organization = organizations.findById(id).orElseThrow(() -> new OrganizationNotFoundException(id));
        if (!form.getName().strip().equals(node.name()) || !form.getCode().strip().equals(node.code())) {
            organization.rename(form.getName(), form.getCode());
            audit.record(AuditSubject.of("organization", id).organization(id), "renamed", node.name() + " (" + node.code() + ") -> "
                    + form.getName().strip() + " (" + form.getCode().strip() + ")");
        }
        String placeBefore = organization.placeAt(form.getPlace());
        if (!java.util.Objects.equals(placeBefore, organization.getPlace())) {
            audit.record(AuditSubject.of("organization", id).organization(id), "placed",
                    (placeBefore == null ? "-" : placeBefore) + " -> "
                            + (organization.getPlace() == null ? "-" : organization.getPlace()));
        }
        if (parent != null && !java.util.Objects.equals(parent.id(), node.parentId())) {
            organization.moveUnder(parent.id());
            audit.record(AuditSubject.of("organization", id).organization(id), "moved", node.parentId() + " -> " + parent.id());
        }
        organizations.flush();
    }

    /** Giải thể: refused while members or organizations not dissolved are under it. */
    void dissolve(long id, DissolveForm form) {
        OrganizationSummary node = reads.get(id);
        requireChange(node);
        if (node.dissolvedOn() != null) {
            throw new InvalidInputException("dissolvedOn", "organization.error.alreadyDissolved");
        }
        LocalDate on = form.getDissolvedOn();
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("dissolvedOn", "organization.error.future");
        }
        long members = jdbc.sql("""
                        select count(*) from member m join organization b on b.id = m.branch_id
                         where in_subtree(b.path, ?) and m.left_on is null""")
                .param(node.path()).query(Long.class).single();
        if (members > 0) {
            throw new InvalidInputException("dissolvedOn", "organization.error.hasMembers", members);
        }
        long children = jdbc.sql("select count(*) from organization where parent_id = ? and dissolved_on is null")
                .param(id).query(Long.class).single();
        if (children > 0) {
            throw new InvalidInputException("dissolvedOn", "organization.error.hasChildren", children);
        }
        organizations.findById(id).orElseThrow(() -> new OrganizationNotFoundException(id)).dissolve(on);
        organizations.flush();
        audit.record(AuditSubject.of("organization", id).organization(id), "dissolved", on.toString());
    }

    /** A branch's enrolment in the pilot, recorded by the committee above it. */
    void recordPilot(long branchId, PilotForm form) {
        OrganizationSummary branch = reads.get(branchId);
        if (!branch.isBranch()) {
            throw new OrganizationNotFoundException(branchId);
        }
        requireChange(branch);
        List<Problem> problems = new ArrayList<>();
        if (form.getEnrolledOn().isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("enrolledOn", "organization.error.future"));
        }
        boolean ended = form.getStatus() == PilotStatus.WITHDRAWN;
        if (ended && form.getEndedOn() == null) {
            problems.add(new Problem("endedOn", "organization.error.endedOnNeeded"));
        }
        if (form.getEndedOn() != null && form.getEndedOn().isBefore(form.getEnrolledOn())) {
            problems.add(new Problem("endedOn", "organization.error.endedBeforeEnrolled"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PilotEnrollment enrollment = pilots.findByBranchId(branchId).orElseGet(() -> new PilotEnrollment(branchId));
        String before = enrollment.info().enrolledOn() == null ? "none" : enrollment.info().toString();
        enrollment.record(form.getEnrolledOn(), form.getPlanReference(), form.getStatus(), form.getEndedOn());
        pilots.saveAndFlush(enrollment);
        audit.record(AuditSubject.of("organization", branchId).organization(branchId), "pilot", before + " -> " + enrollment.info());
    }

    /** The committee's work theme for a year, set by those who manage it. */
    void setTheme(long organizationId, ThemeForm form) {
        OrganizationSummary node = reads.get(organizationId);
        if (node.isBranch() || !access.manages(node.path())) {
            throw new AccessDeniedException("the theme is set by the committee's own staff");
        }
        String before = reads.workTheme(organizationId, form.getYear()).orElse(null);
        jdbc.sql("""
                        insert into work_theme (organization_id, year, theme) values (?, ?, ?)
                        on conflict (organization_id, year) do update set theme = excluded.theme""")
                .params(organizationId, form.getYear(), form.getTheme().strip()).update();
        audit.record(AuditSubject.of("organization", organizationId).organization(organizationId), "theme", form.getYear() + ": " + before + " -> "
                + form.getTheme().strip());
    }

    private void requireChange(OrganizationSummary node) {
        if (!mayChange(node)) {
            throw new AccessDeniedException("organization " + node.path() + " is changed by the committee above it");
        }
    }

    private void codeFree(List<Problem> problems, String code, Long self) {
        reads.byCode(code).filter(other -> self == null || other.id() != self)
                .ifPresent(other -> problems.add(new Problem("code", "organization.error.codeTaken", code.strip(),
                        other.name())));
    }
}
