package vn.chibo.member;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccessPolicy;

@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MemberRepository members;
    private final MemberReads reads;
    private final AccessPolicy access;

    MemberService(MemberRepository members, MemberReads reads, AccessPolicy access) {
        this.members = members;
        this.reads = reads;
        this.access = access;
    }

    /** A member the current user may see: themself, or someone in a branch within their scope. */
    public MemberProfile getVisible(long id) {
        MemberProfile member = reads.profile(id).orElseThrow(() -> new MemberNotFoundException(id));
        access.requireViewMember(id, member.branchPath());
        return member;
    }

    /** The current members of a branch the user may see, in Vietnamese order. */
    public Page<MemberRow> roster(OrganizationSummary branch, Pageable pageable) {
        access.requireView(branch.path());
        return members.roster(branch.id(), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /** The branch's roll for a month, in Vietnamese order; the caller has checked the user's scope. */
    public List<RollMember> roll(long branchId, YearMonth period) {
        return reads.roll(branchId, period).stream()
                .map(member -> member.onRoll(period)).toList();
    }

    /** Members of the branch with a discipline decided during the month. */
    public Set<Long> disciplinedIn(long branchId, YearMonth period) {
        return members.disciplined(branchId, period.atDay(1), period.atEndOfMonth());
    }

    /** Full names by id, for lists that name people (one query, whatever the number). */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return members.names(ids).stream()
                .collect(Collectors.toMap(MemberRepository.NameRow::getId, MemberRepository.NameRow::getFullName));
    }

    public long countFullMembers(long branchId) {
        return members.countFullMembers(branchId);
    }
}
