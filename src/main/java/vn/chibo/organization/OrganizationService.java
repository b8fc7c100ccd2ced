package vn.chibo.organization;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationRepository.ChildRow;
import vn.chibo.security.AccessPolicy;
import vn.chibo.security.Role;

/** Reads the party tree for other features and for the organization pages, within the user's scope. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final OrganizationReads reads;
    private final PilotEnrollmentRepository pilots;
    private final AccessPolicy access;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, OrganizationReads reads,
                        PilotEnrollmentRepository pilots, AccessPolicy access, Clock clock) {
        this.organizations = organizations;
        this.reads = reads;
        this.pilots = pilots;
        this.access = access;
        this.clock = clock;
    }

    /** Any node, without a scope check: for features that check scope themselves. */
    public OrganizationSummary get(long id) {
        return reads.get(id).orElseThrow(() -> new OrganizationNotFoundException(id));
    }

    /** The node with this code, without a scope check. */
    public Optional<OrganizationSummary> byCode(String code) {
        return code == null ? Optional.empty() : reads.byCode(code.strip());
    }

    /** The branches under the organizations the user manages, by name, at most {@code limit}. */
    public List<OrganizationSummary> managedBranches(int limit) {
        return access.currentUser().grants().stream()
                .filter(grant -> grant.role() != Role.SECRETARY)
                .flatMap(grant -> reads.branchesUnder(grant.path() == null ? "/" : grant.path(), limit).stream())
                .distinct().limit(limit).toList();
    }

    /** Any node with its ancestors, read in one statement, without a scope check. */
    public Trail trail(long id) {
        List<OrganizationSummary> nodes = reads.trail(id);
        if (nodes.isEmpty()) {
            throw new OrganizationNotFoundException(id);
        }
        return new Trail(nodes.get(nodes.size() - 1), nodes.subList(0, nodes.size() - 1));
    }

    /** A node the current user may see, with its ancestors; as {@link #getVisible}. */
    public Trail visibleTrail(long id) {
        Trail trail = trail(id);
        access.requireView(trail.node().path());
        return trail;
    }

    /** A branch the current user may see, with its ancestors; as {@link #getVisibleBranch}. */
    public Trail visibleBranchTrail(long id) {
        Trail trail = visibleTrail(id);
        if (!trail.node().isBranch()) {
            throw new OrganizationNotFoundException(id);
        }
        return trail;
    }

    /** The node asked for or the user's own, with its ancestors; as {@link #getVisibleOrOwn}. */
    public Trail visibleTrailOrOwn(Long id) {
        return visibleTrail(idOrOwn(id));
    }

    /** A node the current user may see; 404 when it does not exist, 403 when it is outside their scope. */
    public OrganizationSummary getVisible(long id) {
        OrganizationSummary node = get(id);
        access.requireView(node.path());
        return node;
    }

    /**
     * The node asked for, or else the user's own organization (their committee, or a
     * secretary's branch); 403 outside their scope or when the account has no organization.
     */
    public OrganizationSummary getVisibleOrOwn(Long id) {
        return getVisible(idOrOwn(id));
    }

    private long idOrOwn(Long id) {
        if (id != null) {
            return id;
        }
        Long own = access.currentUser().homeOrganizationId();
        if (own != null) {
            return own;
        }
        if (access.currentUser().hasRole(Role.ADMIN)) {
            return organizations.firstRoot()
                    .orElseThrow(() -> new AccessDeniedException("there is no organization yet"));
        }
        throw new AccessDeniedException("the account has no organization of its own");
    }

    /** A branch the current user may see; a committee's id is "not found" as a branch. */
    public OrganizationSummary getVisibleBranch(long id) {
        OrganizationSummary node = getVisible(id);
        if (!node.isBranch()) {
            throw new OrganizationNotFoundException(id);
        }
        return node;
    }

    /** Ids of the node and everything under it. */
    public List<Long> subtreeIds(OrganizationSummary node) {
        return organizations.subtreeIds(node.path());
    }

    /** Those of these nodes the current user may open, in the same order. */
    public List<OrganizationSummary> visible(List<OrganizationSummary> nodes) {
        return nodes.stream().filter(node -> access.canView(node.path())).toList();
    }

    /** Whether the current user may open this node's page. */
    public boolean canView(OrganizationSummary node) {
        return access.canView(node.path());
    }

    public Optional<PilotInfo> pilotOf(long branchId) {
        return pilots.findByBranchId(branchId).map(PilotEnrollment::info);
    }

    /** Head counts of a node's subtree as it is today. */
    public SubtreeTotals totals(OrganizationSummary node) {
        return reads.totals(node.id());
    }

    public record SubtreeTotals(long branches, long pilotBranches, long members, long fullMembers,
                                long probationaryMembers, long exemptMembers) {
    }

    /** The place name set on the organization itself (null when it takes the one above). */
    String ownPlace(long organizationId) {
        return reads.ownPlace(organizationId);
    }

    /** The place name a document of the organization dates from ("Cô Tô, ngày …"): its own or the nearest above. */
    public Optional<String> place(OrganizationSummary organization) {
        return reads.place(organization.path());
    }

    /** The yearly work theme of a committee, if it has one. */
    public Optional<String> workTheme(long organizationId, int year) {
        return reads.workTheme(organizationId, year);
    }

    /** Whether the user may add organizations under this one: those who manage it, while it stands. */
    public boolean mayAddUnder(OrganizationSummary parent) {
        return !parent.isBranch() && parent.dissolvedOn() == null && access.manages(parent.path());
    }

    /**
     * Whether the user may rename, move or dissolve this organization, or record its pilot
     * enrolment: the committee strictly above it (staff never change their own organization).
     */
    public boolean mayChange(OrganizationSummary node) {
        return access.canSupervise(node.path());
    }

    /** Everything the organization page shows. */
    public OrganizationPage page(long id, Pageable pageable) {
        Trail trail = visibleTrail(id);
        OrganizationSummary node = trail.node();
        SubtreeTotals totals = totals(node);
        // Children have a fixed order; a sort asked for in the URL is not passed to SQL.
        Page<ChildRow> children = organizations.children(id,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        String theme = workTheme(id, Year.now(clock).getValue()).orElse(null);
        return new OrganizationPage(node, visible(trail.ancestors()), totals, theme, children, mayAddUnder(node),
                mayChange(node) || (!node.isBranch() && access.manages(node.path())));
    }

    public record OrganizationPage(OrganizationSummary node, List<OrganizationSummary> ancestors,
                                   SubtreeTotals totals, String workTheme, Page<ChildRow> children,
                                   boolean addsChildren, boolean manages) {
    }
}
