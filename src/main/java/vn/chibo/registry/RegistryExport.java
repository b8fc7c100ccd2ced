package vn.chibo.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.member.BranchRole;
import vn.chibo.organization.BranchKind;
import vn.chibo.organization.OrganizationKind;
import vn.chibo.registry.RegistryLayout.KindLabel;
import vn.chibo.registry.RegistryLayout.MemberColumn;
import vn.chibo.registry.RegistryLayout.OrgColumn;
import vn.chibo.shared.Spreadsheet;

/**
 * The registry under an organization as an .xlsx in the import's layout ({@link RegistryLayout}):
 * importing it again changes nothing. Rows stream from a cursor to the file. Empty, it is the
 * template to fill in.
 */
@Component
class RegistryExport {

    private static final int[] ORG_WIDTHS = {18, 40, 22, 24};
    private static final int[] MEMBER_WIDTHS = {28, 10, 12, 16, 14, 14, 18, 18, 30, 12, 14, 28};

    private final JdbcTemplate cursor;

    RegistryExport(JdbcTemplate jdbc) {
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        this.cursor.setFetchSize(1000);
    }

    /** The headers only: the template. */
    void template(OutputStream out) throws IOException {
        Spreadsheet sheet = new Spreadsheet(out, RegistryLayout.ORGANIZATIONS,
                RegistryLayout.headers(OrgColumn.values()), ORG_WIDTHS, 0);
        sheet.nextSheet(RegistryLayout.MEMBERS, RegistryLayout.headers(MemberColumn.values()), MEMBER_WIDTHS, 1);
        sheet.finish();
    }

    /** Everything under the organization at {@code path} (not itself), with the members on their rolls today. */
    @Transactional(readOnly = true)
    public void write(String path, OutputStream out) throws IOException {
        Spreadsheet sheet = new Spreadsheet(out, RegistryLayout.ORGANIZATIONS,
                RegistryLayout.headers(OrgColumn.values()), ORG_WIDTHS, 0);
        try {
            cursor.query("""
                    select o.code, o.name, p.code, o.kind, o.branch_kind
                      from organization o join organization p on p.id = o.parent_id
                     where in_subtree(o.path, ?) and o.path <> ? and o.dissolved_on is null
                     order by length(o.path), o.sort_key, o.id""", row -> {
                sheet.nextLine().text(0, row.getString(1)).text(1, row.getString(2)).text(2, row.getString(3))
                        .text(3, KindLabel.of(OrganizationKind.valueOf(row.getString(4)),
                                row.getString(5) == null ? null : BranchKind.valueOf(row.getString(5))).label);
            }, path, path);
            sheet.nextSheet(RegistryLayout.MEMBERS, RegistryLayout.headers(MemberColumn.values()), MEMBER_WIDTHS, 1);
            cursor.query("""
                    select m.full_name, m.gender, m.birth_date, m.party_card_number, m.admitted_on, m.full_membership_on,
                           b.code, m.branch_role, m.job_title, m.leadership_post, m.phone, m.email
                      from organization b join member m on m.branch_id = b.id
                     where in_subtree(b.path, ?) and b.kind = 'BRANCH' and m.left_on is null
                     order by b.sort_key, b.id, m.sort_key, m.id""", row -> {
                BranchRole role = BranchRole.valueOf(row.getString(8));
                sheet.nextLine().text(0, row.getString(1)).text(1, RegistryLayout.genderLabel(row.getString(2)))
                        .date(2, row.getObject(3, LocalDate.class)).text(3, row.getString(4))
                        .date(4, row.getObject(5, LocalDate.class)).date(5, row.getObject(6, LocalDate.class))
                        .text(6, row.getString(7)).text(7, role == BranchRole.MEMBER ? null : RegistryLayout.roleLabel(role))
                        .text(8, row.getString(9)).text(9, row.getBoolean(10) ? "Có" : "Không")
                        .text(10, row.getString(11)).text(11, row.getString(12));
            }, path);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.finish();
    }
}
