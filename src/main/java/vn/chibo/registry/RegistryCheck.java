package vn.chibo.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.member.BranchRole;
import vn.chibo.organization.OrganizationKind;
import vn.chibo.registry.RegistryLayout.KindLabel;
import vn.chibo.registry.RegistryLayout.MemberColumn;
import vn.chibo.registry.RegistryLayout.OrgColumn;
import vn.chibo.registry.RegistryReader.SheetRow;
import vn.chibo.registry.RegistryReader.Value;

/**
 * Checks a registry file against the tree under one organization, row by row as it is read, and
 * works out what importing it would do: organizations and members to create, to update, or left
 * unchanged, and every problem with its sheet, row and column. Members are matched by party card
 * number, else by name and birth date in their branch. Nothing is written here.
 */
final class RegistryCheck implements RegistryReader.Sink {

    /** Problems kept to show; all of them are counted. */
    static final int SHOWN_PROBLEMS = 500;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** One problem of the file, where it is and what it is (a message key and its arguments). */
    record Problem(String sheet, int row, String column, String messageKey, List<String> arguments) {
    }

    /** An organization of the tree under the root, as the check needs it. */
    record Existing(long id, Long parentId, OrganizationKind kind, String branchKind, String name, String code,
                    String path, LocalDate dissolvedOn) {
    }

    /** A member of the tree under the root, as the check compares them. */
    record KnownMember(long id, long branchId, String fullName, String gender, LocalDate birthDate, String cardNumber,
                       LocalDate admittedOn, LocalDate fullOn, String role, String jobTitle, boolean leadership,
                       String phone, String email) {
    }

    /** An organization row that creates or changes something. */
    record OrgChange(String code, String name, String parentCode, KindLabel kind, Long existingId) {
    }

    /** A member row that creates or changes something: {@code existing} null for a new member. */
    record MemberChange(KnownMember existing, String branchCode, String fullName, String gender, LocalDate birthDate,
                        String cardNumber, LocalDate admittedOn, LocalDate fullOn, BranchRole role, String jobTitle,
                        boolean leadership, String phone, String email) {
    }

    private final Existing root;
    private final JdbcClient jdbc;
    private final boolean keepChanges;
    private final LocalDate today;
    private final AtomicLong rowsRead;

    private final Map<String, Existing> existingByCode = new HashMap<>();
    private final Map<Long, Existing> existingById = new HashMap<>();
    private final Map<String, KnownMember> membersByCard = new HashMap<>();
    private final Map<String, KnownMember> membersByNameAndBirth = new HashMap<>();

    private final Map<String, OrgRow> fileOrgs = new LinkedHashMap<>();
    private final Set<String> fileCards = new HashSet<>();
    private final Map<String, Integer> secretaryRows = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private long problemCount;

    private final List<OrgChange> orgChanges = new ArrayList<>();
    private final List<MemberChange> memberChanges = new ArrayList<>();
    private long orgsCreated;
    private long orgsUpdated;
    private long orgsUnchanged;
    private long membersCreated;
    private long membersUpdated;
    private long membersUnchanged;

    private record OrgRow(int row, String code, String name, String parentCode, KindLabel kind) {
    }

    RegistryCheck(Existing root, JdbcClient jdbc, boolean keepChanges, LocalDate today, AtomicLong rowsRead) {
        this.root = root;
        this.jdbc = jdbc;
        this.keepChanges = keepChanges;
        this.today = today;
        this.rowsRead = rowsRead;
        jdbc.sql("""
                        select id, parent_id, kind, branch_kind, name, code, path, dissolved_on from organization
                         where in_subtree(path, ?)""")
                .param(root.path())
                .query((row, n) -> new Existing(row.getLong(1), row.getObject(2, Long.class),
                        OrganizationKind.valueOf(row.getString(3)), row.getString(4), row.getString(5),
                        row.getString(6), row.getString(7), row.getObject(8, LocalDate.class)))
                .list().forEach(org -> {
                    existingByCode.put(org.code(), org);
                    existingById.put(org.id(), org);
                });
        jdbc.sql("""
                        select m.id, m.branch_id, m.full_name, m.gender, m.birth_date, m.party_card_number, m.admitted_on,
                               m.full_membership_on, m.branch_role, m.job_title, m.leadership_post, m.phone, m.email
                          from member m join organization b on b.id = m.branch_id
                         where in_subtree(b.path, ?) and m.left_on is null""")
                .param(root.path())
                .query((row, n) -> new KnownMember(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getObject(5, LocalDate.class), row.getString(6), row.getObject(7, LocalDate.class),
                        row.getObject(8, LocalDate.class), row.getString(9), row.getString(10), row.getBoolean(11),
                        row.getString(12), row.getString(13)))
                .stream().forEach(member -> {
                    if (member.cardNumber() != null) {
                        membersByCard.put(member.cardNumber(), member);
                    }
                    membersByNameAndBirth.put(nameKey(member.branchId(), member.fullName(), member.birthDate()), member);
                });
    }

    private static String nameKey(long branchId, String name, LocalDate birth) {
        return branchId + "|" + RegistryLayout.normalize(name) + "|" + birth;
    }

    // ---- organizations

    @Override
    public void organization(SheetRow<OrgColumn> row) {
        rowsRead.incrementAndGet();
        String code = text(row.get(OrgColumn.CODE));
        String name = text(row.get(OrgColumn.NAME));
        String parent = text(row.get(OrgColumn.PARENT_CODE));
        String kindText = text(row.get(OrgColumn.KIND));
        int n = row.number();
        boolean ok = required(RegistryLayout.ORGANIZATIONS, n, OrgColumn.CODE.header, code)
                & required(RegistryLayout.ORGANIZATIONS, n, OrgColumn.NAME.header, name)
                & required(RegistryLayout.ORGANIZATIONS, n, OrgColumn.PARENT_CODE.header, parent)
                & required(RegistryLayout.ORGANIZATIONS, n, OrgColumn.KIND.header, kindText);
        if (!ok) {
            return;
        }
        KindLabel kind = KindLabel.parse(kindText).orElse(null);
        if (kind == null) {
            problem(RegistryLayout.ORGANIZATIONS, n, OrgColumn.KIND.header, "registry.problem.kind", kindText);
            return;
        }
        if (tooLong(RegistryLayout.ORGANIZATIONS, n, OrgColumn.CODE.header, code, 64)
                || tooLong(RegistryLayout.ORGANIZATIONS, n, OrgColumn.NAME.header, name, 200)) {
            return;
        }
        if (code.equals(root.code())) {
            problem(RegistryLayout.ORGANIZATIONS, n, OrgColumn.CODE.header, "registry.problem.rootItself", code);
            return;
        }
        if (fileOrgs.containsKey(code)) {
            problem(RegistryLayout.ORGANIZATIONS, n, OrgColumn.CODE.header, "registry.problem.duplicateCode", code,
                    String.valueOf(fileOrgs.get(code).row()));
            return;
        }
        if (!existingByCode.containsKey(code) && codeOutside(code)) {
            problem(RegistryLayout.ORGANIZATIONS, n, OrgColumn.CODE.header, "registry.problem.codeOutside", code);
            return;
        }
        fileOrgs.put(code, new OrgRow(n, code, name, parent, kind));
    }

    private boolean codeOutside(String code) {
        return jdbc.sql("select exists (select 1 from organization where code = ?)").param(code)
                .query(Boolean.class).single();
    }

    /** After the organizations sheet: each row's parent, and what it changes. */
    @Override
    public void organizationsDone() {
        for (OrgRow row : fileOrgs.values()) {
            String parentProblem = parentProblem(row);
            Existing existing = existingByCode.get(row.code());
            String parentNow = existing == null || existing.parentId() == null ? null
                    : existingById.get(existing.parentId()).code();
            // A dependent branch placed or moved: under a grassroots organization (one already there stays).
            if (parentProblem == null && row.kind() == KindLabel.DEPENDENT_BRANCH
                    && !row.parentCode().equals(parentNow) && !grassroots(row.parentCode())) {
                parentProblem = "registry.problem.dependentNeedsGrassroots";
            }
            if (parentProblem != null) {
                problem(RegistryLayout.ORGANIZATIONS, row.row(), OrgColumn.PARENT_CODE.header, parentProblem,
                        row.parentCode());
                continue;
            }
            if (existing == null) {
                orgsCreated++;
                keep(new OrgChange(row.code(), row.name(), row.parentCode(), row.kind(), null));
                continue;
            }
            KindLabel was = KindLabel.of(existing.kind(), existing.branchKind() == null ? null
                    : vn.chibo.organization.BranchKind.valueOf(existing.branchKind()));
            if (was != row.kind()) {
                problem(RegistryLayout.ORGANIZATIONS, row.row(), OrgColumn.KIND.header, "registry.problem.kindChanged",
                        was.label);
                continue;
            }
            if (existing.name().equals(row.name()) && Objects.equals(parentNow, row.parentCode())) {
                orgsUnchanged++;
            } else {
                orgsUpdated++;
                keep(new OrgChange(row.code(), row.name(), row.parentCode(), row.kind(), existing.id()));
            }
        }
        if (keepChanges) {
            orgChanges.sort(java.util.Comparator.comparingInt(change -> depth(change.code())));
        }
    }

    private void keep(OrgChange change) {
        if (keepChanges) {
            orgChanges.add(change);
        }
    }

    /**
     * Whether a chi bộ trực thuộc may sit directly under the organization of this code: a grassroots
     * or a commune's committee (as the tree's own check, organization.TreeManagement).
     */
    private boolean grassroots(String code) {
        OrgRow inFile = fileOrgs.get(code);
        OrganizationKind kind = inFile != null ? inFile.kind().kind
                : code.equals(root.code()) ? root.kind() : existingByCode.get(code).kind();
        return kind == OrganizationKind.GRASSROOTS_COMMITTEE || kind == OrganizationKind.COMMUNE_COMMITTEE;
    }

    /** Why the row's parent is not one (a message key), or null. */
    private String parentProblem(OrgRow row) {
        Set<String> seen = new HashSet<>();
        String code = row.code();
        String parent = row.parentCode();
        while (true) {
            if (!seen.add(code)) {
                return "registry.problem.cycle";
            }
            if (parent.equals(root.code())) {
                return null;
            }
            OrgRow inFile = fileOrgs.get(parent);
            if (inFile != null) {
                if (inFile.kind().kind == OrganizationKind.BRANCH) {
                    return "registry.problem.parentBranch";
                }
                code = inFile.code();
                parent = inFile.parentCode();
                continue;
            }
            Existing existing = existingByCode.get(parent);
            if (existing == null) {
                return "registry.problem.unknownParent";
            }
            if (existing.kind() == OrganizationKind.BRANCH || existing.dissolvedOn() != null) {
                return "registry.problem.parentBranch";
            }
            return existing.path().startsWith(pathOf(row.code())) ? "registry.problem.cycle" : null;
        }
    }

    private String pathOf(String code) {
        Existing existing = existingByCode.get(code);
        return existing == null ? "\u0000" : existing.path();
    }

    private int depth(String code) {
        int depth = 0;
        OrgRow row = fileOrgs.get(code);
        while (row != null && depth < 1000) {
            depth++;
            row = fileOrgs.get(row.parentCode());
        }
        return depth;
    }

    // ---- members

    @Override
    public void member(SheetRow<MemberColumn> row) {
        rowsRead.incrementAndGet();
        int n = row.number();
        if (lastProblemRow == n && !inMembers) {
            lastProblemRow = -1;
        }
        inMembers = true;
        String s = RegistryLayout.MEMBERS;
        String fullName = text(row.get(MemberColumn.FULL_NAME));
        String genderText = text(row.get(MemberColumn.GENDER));
        String branchCode = text(row.get(MemberColumn.BRANCH_CODE));
        boolean ok = required(s, n, MemberColumn.FULL_NAME.header, fullName)
                & required(s, n, MemberColumn.GENDER.header, genderText)
                & required(s, n, MemberColumn.BRANCH_CODE.header, branchCode);
        LocalDate admitted = date(s, n, MemberColumn.ADMITTED_ON, row.get(MemberColumn.ADMITTED_ON), true);
        LocalDate birth = date(s, n, MemberColumn.BIRTH_DATE, row.get(MemberColumn.BIRTH_DATE), false);
        LocalDate fullOn = date(s, n, MemberColumn.FULL_ON, row.get(MemberColumn.FULL_ON), false);
        if (!ok || admitted == null || hasProblemIn(n)) {
            return;
        }
        String gender = RegistryLayout.gender(genderText).orElse(null);
        if (gender == null) {
            problem(s, n, MemberColumn.GENDER.header, "registry.problem.gender", genderText);
            return;
        }
        if (fullOn != null && fullOn.isBefore(admitted)) {
            problem(s, n, MemberColumn.FULL_ON.header, "registry.problem.beforeAdmission");
            return;
        }
        String roleText = text(row.get(MemberColumn.ROLE));
        BranchRole role = RegistryLayout.role(roleText).orElse(null);
        if (role == null) {
            problem(s, n, MemberColumn.ROLE.header, "registry.problem.role", roleText);
            return;
        }
        String leadershipText = text(row.get(MemberColumn.LEADERSHIP));
        Boolean leadership = RegistryLayout.yesNo(leadershipText).orElse(null);
        if (leadership == null) {
            problem(s, n, MemberColumn.LEADERSHIP.header, "registry.problem.yesNo", leadershipText);
            return;
        }
        String card = blankToNull(text(row.get(MemberColumn.CARD_NUMBER)));
        String job = blankToNull(text(row.get(MemberColumn.JOB_TITLE)));
        String phone = blankToNull(text(row.get(MemberColumn.PHONE)));
        String email = blankToNull(text(row.get(MemberColumn.EMAIL)));
        if (tooLong(s, n, MemberColumn.FULL_NAME.header, fullName, 120) || tooLong(s, n, MemberColumn.CARD_NUMBER.header, card, 20)
                || tooLong(s, n, MemberColumn.JOB_TITLE.header, job, 200) || tooLong(s, n, MemberColumn.PHONE.header, phone, 20)
                || tooLong(s, n, MemberColumn.EMAIL.header, email, 120)) {
            return;
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            problem(s, n, MemberColumn.EMAIL.header, "registry.problem.email", email);
            return;
        }
        Long branchId = branch(branchCode);
        if (branchId == null && !isBranchInFile(branchCode)) {
            problem(s, n, MemberColumn.BRANCH_CODE.header, "registry.problem.unknownBranch", branchCode);
            return;
        }
        if (card != null && !fileCards.add(card)) {
            problem(s, n, MemberColumn.CARD_NUMBER.header, "registry.problem.duplicateCard", card);
            return;
        }
        KnownMember existing = card == null ? null : membersByCard.get(card);
        if (existing == null && branchId != null) {
            existing = membersByNameAndBirth.get(nameKey(branchId, fullName, birth));
        }
        if (role == BranchRole.SECRETARY) {
            Integer other = secretaryRows.putIfAbsent(branchCode, n);
            if (other != null) {
                problem(s, n, MemberColumn.ROLE.header, "registry.problem.twoSecretaries", String.valueOf(other));
                return;
            }
        }
        MemberChange change = new MemberChange(existing, branchCode, fullName, gender, birth, card, admitted, fullOn,
                role, job, leadership, phone, email);
        if (existing == null) {
            membersCreated++;
            keep(change);
            if (card != null) {
                pendingCards.put(card, new PendingCard(n, change));
                if (pendingCards.size() >= CARD_BATCH) {
                    checkPendingCards();
                }
            }
            return;
        }
        if (existing.branchId() != (branchId == null ? -1 : branchId)) {
            problem(s, n, MemberColumn.BRANCH_CODE.header, "registry.problem.otherBranch",
                    existingById.get(existing.branchId()).code());
            return;
        }
        if (!existing.admittedOn().equals(admitted)) {
            problem(s, n, MemberColumn.ADMITTED_ON.header, "registry.problem.historyDiffers");
            return;
        }
        if (existing.fullOn() != null && !existing.fullOn().equals(fullOn)) {
            problem(s, n, MemberColumn.FULL_ON.header, "registry.problem.historyDiffers");
            return;
        }
        if (sameAs(existing, change)) {
            membersUnchanged++;
        } else {
            membersUpdated++;
            keep(change);
        }
    }

    private static boolean sameAs(KnownMember known, MemberChange row) {
        return known.fullName().equals(row.fullName()) && known.gender().equals(row.gender())
                && Objects.equals(known.birthDate(), row.birthDate()) && Objects.equals(known.cardNumber(), row.cardNumber())
                && Objects.equals(known.fullOn(), row.fullOn()) && known.role().equals(row.role().name())
                && Objects.equals(known.jobTitle(), row.jobTitle()) && known.leadership() == row.leadership()
                && Objects.equals(known.phone(), row.phone()) && Objects.equals(known.email(), row.email());
    }

    private void keep(MemberChange change) {
        if (keepChanges) {
            memberChanges.add(change);
        }
    }

    private Long branch(String code) {
        Existing existing = existingByCode.get(code);
        return existing != null && existing.kind() == OrganizationKind.BRANCH && existing.dissolvedOn() == null
                ? existing.id() : null;
    }

    private boolean isBranchInFile(String code) {
        OrgRow row = fileOrgs.get(code);
        return row != null && row.kind().kind == OrganizationKind.BRANCH && !existingByCode.containsKey(code);
    }

    private static final int CARD_BATCH = 5000;

    private record PendingCard(int row, MemberChange change) {
    }

    private final Map<String, PendingCard> pendingCards = new LinkedHashMap<>();
    private boolean inMembers;

    /**
     * New members' card numbers held by a member outside this part of the tree, looked up a batch
     * at a time: each such row is a problem, not a member to create.
     */
    private void checkPendingCards() {
        if (pendingCards.isEmpty()) {
            return;
        }
        Map<String, String> holders = new HashMap<>();
        jdbc.sql("""
                        select m.party_card_number, b.name from member m join organization b on b.id = m.branch_id
                         where m.party_card_number = any (?)""")
                .param(pendingCards.keySet().toArray(String[]::new))
                .query((row, n) -> holders.put(row.getString(1), row.getString(2))).list();
        holders.forEach((card, branchName) -> {
            PendingCard pending = pendingCards.get(card);
            membersCreated--;
            if (keepChanges) {
                memberChanges.remove(pending.change());
            }
            problem(RegistryLayout.MEMBERS, pending.row(), MemberColumn.CARD_NUMBER.header,
                    "registry.problem.cardElsewhere", card, branchName);
        });
        pendingCards.clear();
    }

    /** After the members sheet: the card numbers still to look up. */
    @Override
    public void membersDone() {
        checkPendingCards();
    }

    // ---- cells

    private int lastProblemRow = -1;

    private boolean hasProblemIn(int row) {
        return lastProblemRow == row;
    }

    private LocalDate date(String sheet, int row, MemberColumn column, Value value, boolean required) {
        if (value.date() != null) {
            return notFuture(sheet, row, column, value.date());
        }
        String text = text(value);
        if (text.isEmpty()) {
            if (required) {
                problem(sheet, row, column.header, "registry.problem.required");
            }
            return null;
        }
        LocalDate date = RegistryLayout.date(text).orElse(null);
        if (date == null) {
            problem(sheet, row, column.header, "registry.problem.date", text);
            return null;
        }
        return notFuture(sheet, row, column, date);
    }

    private LocalDate notFuture(String sheet, int row, MemberColumn column, LocalDate date) {
        if (date.isAfter(today) || date.getYear() < 1900) {
            problem(sheet, row, column.header, "registry.problem.dateRange",
                    date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            return null;
        }
        return date;
    }

    private boolean required(String sheet, int row, String column, String value) {
        if (value.isEmpty()) {
            problem(sheet, row, column, "registry.problem.required");
            return false;
        }
        return true;
    }

    private boolean tooLong(String sheet, int row, String column, String value, int max) {
        if (value != null && value.length() > max) {
            problem(sheet, row, column, "registry.problem.tooLong", String.valueOf(max));
            return true;
        }
        return false;
    }

    private void problem(String sheet, int row, String column, String key, String... arguments) {
        problemCount++;
        lastProblemRow = row;
        if (problems.size() < SHOWN_PROBLEMS) {
            problems.add(new Problem(sheet, row, column, key, List.of(arguments)));
        }
    }

    private static String text(Value value) {
        return value.text() == null ? "" : value.text().strip();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    // ---- the outcome

    /** What importing the file would do, and what is wrong with it. */
    record Outcome(long orgsCreated, long orgsUpdated, long orgsUnchanged, long membersCreated, long membersUpdated,
                   long membersUnchanged, long problemCount, List<Problem> problems) implements java.io.Serializable {

        public boolean changesNothing() {
            return orgsCreated + orgsUpdated + membersCreated + membersUpdated == 0;
        }
    }

    Outcome outcome() {
        return new Outcome(orgsCreated, orgsUpdated, orgsUnchanged, membersCreated, membersUpdated, membersUnchanged,
                problemCount, List.copyOf(problems));
    }

    List<OrgChange> orgChanges() {
        return orgChanges;
    }

    List<MemberChange> memberChanges() {
        return memberChanges;
    }
}
