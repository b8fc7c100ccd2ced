package vn.chibo.support;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.chibo.shared.VietnameseNames;

/**
 * Builds small hand-made trees, members and accounts beside the demo district, with unique codes
 * so that tests sharing the database never collide.
 */
@Component
public class TreeBuilder {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    public TreeBuilder(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long committee(Long parentId, String kind, String name) {
        return jdbc.queryForObject("""
                insert into organization (parent_id, kind, name, sort_key, code) values (?, ?, ?, ?, ?)
                returning id""", Long.class, parentId, kind, name, VietnameseNames.collationKey(name), unique("t"));
    }

    public long branch(long parentId, String name) {
        return jdbc.queryForObject("""
                insert into organization (parent_id, kind, branch_kind, name, sort_key, code)
                values (?, 'BRANCH', 'DEPENDENT', ?, ?, ?) returning id""", Long.class, parentId, name,
                VietnameseNames.collationKey(name), unique("t"));
    }

    /** A member admitted in 2010 (full since 2011), their history begun from the row. */
    public long member(long branchId, String fullName, String status, String role) {
        boolean full = status.equals("FULL");
        long id = jdbc.queryForObject("""
                insert into member (branch_id, full_name, sort_key, gender, admitted_on, full_membership_on, status,
                                    branch_role)
                values (?, ?, ?, 'MALE', ?, ?, ?, ?) returning id""", Long.class, branchId, fullName,
                VietnameseNames.sortKey(fullName), LocalDate.of(2010, 1, 1),
                full ? LocalDate.of(2011, 1, 1) : null, status, role);
        jdbc.queryForObject("select member_history_begin()", Object.class);
        return id;
    }

    /**
     * The member's history written again from their row, after a test changed the row (admission,
     * leaving, exemption, branch, role): what the history says is what the roll and rights read.
     */
    public void historyFromRow(long memberId) {
        jdbc.update("delete from member_event where member_id = ?", memberId);
        jdbc.queryForObject("select member_history_begin()", Object.class);
    }

    /**
     * An account with its grants: ADMIN and DISTRICT_STAFF over {@code organizationId}. SECRETARY and
     * MEMBER are named for the reader only: a secretary's rights follow the member's branch role,
     * a member's the member id.
     */
    public long account(String username, String password, Long memberId, Long organizationId, String... roles) {
        long id = jdbc.queryForObject("""
                insert into account (username, password_hash, member_id) values (?, ?, ?)
                returning id""", Long.class, username, passwordEncoder.encode(password), memberId);
        for (String role : roles) {
            if (role.equals("ADMIN") || role.equals("DISTRICT_STAFF")) {
                jdbc.update("insert into account_grant (account_id, role, organization_id) values (?, ?, ?)",
                        id, role, organizationId);
            }
        }
        return id;
    }

    public long organizationId(String code) {
        return jdbc.queryForObject("select id from organization where code = ?", Long.class, code);
    }

    public long memberIdOf(String username) {
        return jdbc.queryForObject("select member_id from account where username = ?", Long.class, username);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
