package vn.chibo.registry;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.audit.AuditService;
import vn.chibo.member.BranchRole;
import vn.chibo.registry.RegistryCheck.MemberChange;
import vn.chibo.registry.RegistryCheck.OrgChange;
import vn.chibo.shared.VietnameseNames;

/**
 * Writes what a checked registry file changes, inside the caller's transaction: organizations one
 * by one, parents first; members a few thousand rows to a statement (a hundred thousand one at a
 * time cost minutes of round trips and per-statement triggers); their history's first events; then
 * the members' state and stints from their history, and one audit line per row created or changed.
 */
@Component
class RegistryWriter {

    private static final int CHUNK = 5000;

    private final JdbcClient jdbc;
    private final AuditService audit;

    RegistryWriter(JdbcClient jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    void write(RegistryCheck.Existing root, List<OrgChange> organizations, List<MemberChange> members,
               String username, LocalDate today, AtomicLong rowsWritten) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select code, id from organization where in_subtree(path, ?)").param(root.path())
                .query((row, n) -> ids.put(row.getString(1), row.getLong(2))).list();
        List<Long> createdOrgs = new ArrayList<>();
        List<Long> changedOrgs = new ArrayList<>();
        for (OrgChange change : organizations) {
            long parent = ids.get(change.parentCode());
            if (change.existingId() == null) {
                long id = jdbc.sql("""
                                insert into organization (parent_id, kind, branch_kind, name, sort_key, code)
                                values (?, ?, ?, ?, ?, ?) returning id""")
                        .params(parent, change.kind().kind.name(),
                                change.kind().branchKind == null ? null : change.kind().branchKind.name(), change.name(),
                                VietnameseNames.collationKey(change.name()), change.code())
                        .query(Long.class).single();
                ids.put(change.code(), id);
                createdOrgs.add(id);
            } else {
                jdbc.sql("update organization set name = ?, sort_key = ? where id = ? and name <> ?")
                        .params(change.name(), VietnameseNames.collationKey(change.name()), change.existingId(),
                                change.name()).update();
                jdbc.sql("update organization set parent_id = ? where id = ? and parent_id <> ?")
                        .params(parent, change.existingId(), parent).update();
                changedOrgs.add(change.existingId());
            }
            rowsWritten.incrementAndGet();
        }
        audit.recordOrganizations(createdOrgs, "imported", "created");
        audit.recordOrganizations(changedOrgs, "imported", "updated");

        List<MemberChange> created = members.stream().filter(m -> m.existing() == null).toList();
        List<Long> newIds = jdbc.sql("select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, ?)")
                .param(created.size()).query(Long.class).list();
        for (int from = 0; from < created.size(); from += CHUNK) {
            insert(created.subList(from, Math.min(created.size(), from + CHUNK)),
                    newIds.subList(from, Math.min(created.size(), from + CHUNK)), ids, username);
            rowsWritten.addAndGet(Math.min(CHUNK, created.size() - from));
        }
        List<Long> updatedIds = new ArrayList<>();
        for (MemberChange change : members) {
            if (change.existing() != null) {
                update(change, username, today);
                updatedIds.add(change.existing().id());
                rowsWritten.incrementAndGet();
            }
        }
        List<Long> touched = new ArrayList<>(newIds);
        touched.addAll(updatedIds);
        if (!touched.isEmpty()) {
            LocalDate since = created.stream().map(MemberChange::admittedOn).min(LocalDate::compareTo).orElse(today);
            jdbc.sql("select member_history_replay(?, ?)").params(touched.toArray(Long[]::new), Date.valueOf(since))
                    .query().singleValue();
        }
        audit.recordMembers(newIds, "imported", "created");
        audit.recordMembers(updatedIds, "imported", "updated");
    }

    private void insert(List<MemberChange> rows, List<Long> ids, Map<String, Long> branches, String username) {
        int n = rows.size();
        Long[] branch = new Long[n];
        String[] name = new String[n];
        String[] sortKey = new String[n];
        String[] gender = new String[n];
        String[] birth = new String[n];
        String[] card = new String[n];
        String[] admitted = new String[n];
        String[] job = new String[n];
        Boolean[] leadership = new Boolean[n];
        String[] phone = new String[n];
        String[] email = new String[n];
        for (int i = 0; i < n; i++) {
            MemberChange row = rows.get(i);
            branch[i] = branches.get(row.branchCode());
            name[i] = row.fullName();
            sortKey[i] = VietnameseNames.sortKey(row.fullName());
            gender[i] = row.gender();
            birth[i] = row.birthDate() == null ? null : row.birthDate().toString();
            card[i] = row.cardNumber();
            admitted[i] = row.admittedOn().toString();
            job[i] = row.jobTitle();
            leadership[i] = row.leadership();
            phone[i] = row.phone();
            email[i] = row.email();
        }
        Long[] id = ids.toArray(Long[]::new);
        jdbc.sql("""
                        insert into member (id, branch_id, full_name, sort_key, gender, birth_date, party_card_number,
                                            admitted_on, status, branch_role, job_title, leadership_post, phone, email)
                        select id, branch_id, full_name, sort_key, gender, birth_date, card, admitted_on, 'PROBATIONARY',
                               'MEMBER', job, leadership, phone, email
                          from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[],
                                      ?::date[], ?::text[], ?::boolean[], ?::text[], ?::text[])
                               as r(id, branch_id, full_name, sort_key, gender, birth_date, card, admitted_on, job,
                                    leadership, phone, email)""")
                .params(id, branch, name, sortKey, gender, birth, card, admitted, job, leadership, phone, email)
                .update();
        jdbc.sql("""
                        insert into member_event (member_id, kind, occurred_on, branch_id, recorded_by)
                        select id, 'ADMITTED', admitted_on, branch_id, ? from unnest(?::bigint[], ?::date[], ?::bigint[])
                               as r(id, admitted_on, branch_id)""")
                .params(username, id, admitted, branch).update();
        List<Long> fullIds = new ArrayList<>();
        List<String> fullDates = new ArrayList<>();
        List<Long> roleIds = new ArrayList<>();
        List<String> roleDates = new ArrayList<>();
        List<Long> roleBranches = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MemberChange row = rows.get(i);
            if (row.fullOn() != null) {
                fullIds.add(id[i]);
                fullDates.add(row.fullOn().toString());
            }
            if (row.role() != BranchRole.MEMBER) {
                roleIds.add(id[i]);
                roleDates.add(admitted[i]);
                roleBranches.add(branch[i]);
                roles.add(row.role().name());
            }
        }
        events("RECOGNIZED_FULL", fullIds, fullDates, null, null, username);
        events("ROLE_CHANGED", roleIds, roleDates, roleBranches, roles, username);
    }

    private void events(String kind, List<Long> members, List<String> dates, List<Long> branches, List<String> roles,
                        String username) {
        if (members.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into member_event (member_id, kind, occurred_on, branch_id, role, recorded_by)
                        select member_id, ?, occurred_on, branch_id, role, ?
                          from unnest(?::bigint[], ?::date[], ?::bigint[], ?::text[]) as r(member_id, occurred_on, branch_id, role)""")
                .params(kind, username, members.toArray(Long[]::new), dates.toArray(String[]::new),
                        branches == null ? new Long[members.size()] : branches.toArray(Long[]::new),
                        roles == null ? new String[members.size()] : roles.toArray(String[]::new))
                .update();
    }

    /** An existing member's registry details as the file has them; a new role or recognition as an event of today. */
    private void update(MemberChange change, String username, LocalDate today) {
        RegistryCheck.KnownMember known = change.existing();
        jdbc.sql("""
                        update member set full_name = ?, sort_key = ?, gender = ?, birth_date = ?, party_card_number = ?,
                                          job_title = ?, leadership_post = ?, phone = ?, email = ?
                         where id = ?""")
                .params(change.fullName(), VietnameseNames.sortKey(change.fullName()), change.gender(),
                        change.birthDate() == null ? null : Date.valueOf(change.birthDate()), change.cardNumber(),
                        change.jobTitle(), change.leadership(), change.phone(), change.email(), known.id())
                .update();
        if (known.fullOn() == null && change.fullOn() != null) {
            events("RECOGNIZED_FULL", List.of(known.id()), List.of(change.fullOn().toString()), null, null, username);
        }
        if (!known.role().equals(change.role().name())) {
            events("ROLE_CHANGED", List.of(known.id()), List.of(today.toString()), List.of(known.branchId()),
                    List.of(change.role().name()), username);
        }
    }
}
