package vn.chibo.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vn.chibo.demo.DemoDistrict.BranchDef;
import vn.chibo.demo.DemoDistrict.CommitteeDef;
import vn.chibo.demo.DemoDistrict.Setting;
import vn.chibo.shared.VietnameseNames;

/**
 * Generates the demo district: the tree, members, accounts, and (through {@link DemoHistory})
 * 24 months of meetings, attendance, tasks and ratings up to last month. The same seed and the
 * same current month always give the same rows.
 */
final class DemoGenerator {

    static final long SEED = 20170801L;
    static final LocalDate PILOT_START = LocalDate.of(2017, 8, 15);

    record OrgRow(long id, Long parentId, String kind, String branchKind, String name, String code, String place) {
    }

    record DemoBranch(long id, BranchDef def, List<DemoPerson> members) {
    }

    /**
     * What to generate: the root committee, its committees with their branches, branches directly
     * under the root, how many months of history, and whether it is the province-sized data set
     * (accounts only for staff, secretaries and one large branch) or the demo district (an account
     * for every member).
     */
    record Shape(String rootCode, String rootName, String rootKind, String rootPlace, List<CommitteeDef> committees,
                 List<BranchDef> direct, int months, boolean province) {

        static Shape district() {
            return new Shape(DemoDistrict.DISTRICT_CODE, DemoDistrict.DISTRICT_NAME, "DISTRICT_COMMITTEE", "Cô Tô",
                    DemoDistrict.COMMITTEES, DemoDistrict.DIRECT_BRANCHES, DemoHistory.MONTHS, false);
        }
    }

    /** Receives the rows generated so far (organizations first, then tables in key order) to write them. */
    interface Sink {
        void write(List<OrgRow> organizations, DemoTables tables) throws Exception;
    }

    final Random random = new Random(SEED);
    final YearMonth lastMonth;
    final String passwordHash;
    final Shape shape;
    final int months;

    final List<OrgRow> organizations = new ArrayList<>();
    final List<DemoBranch> branches = new ArrayList<>();
    final DemoTables tables = new DemoTables();
    private long nextOrganizationId = 1;
    private long nextMemberId = 1;
    private long nextAccountId = 1;
    long districtId;

    DemoGenerator(YearMonth currentMonth, String passwordHash) {
        this(currentMonth, passwordHash, Shape.district());
    }

    DemoGenerator(YearMonth currentMonth, String passwordHash, Shape shape) {
        this.lastMonth = currentMonth.minusMonths(1);
        this.passwordHash = passwordHash;
        this.shape = shape;
        this.months = shape.months();
    }

    /** Everything at once, in memory: the demo district (and tests). */
    DemoGenerator generate() {
        people();
        new DemoHistory(this).generate(branches);
        return this;
    }

    /**
     * Everything, handed to the sink in batches of branches so that a province's history never
     * sits in memory: first the tree, members and accounts, then the history batch by batch.
     */
    void generate(Sink sink, int branchesPerBatch) throws Exception {
        people();
        sink.write(organizations, tables);
        tables.clear();
        DemoHistory history = new DemoHistory(this);
        for (int from = 0; from < branches.size(); from += branchesPerBatch) {
            history.generate(branches.subList(from, Math.min(from + branchesPerBatch, branches.size())));
            sink.write(List.of(), tables);
            tables.clear();
        }
    }

    private void people() {
        buildTree();
        for (DemoBranch branch : branches) {
            buildMembers(branch);
            writeMembers(branch);
        }
        if (shape.province()) {
            buildProvinceAccounts();
        } else {
            buildAccounts();
        }
        buildReferenceData();
    }

    private void buildTree() {
        districtId = organization(null, shape.rootKind(), null, shape.rootName(), shape.rootCode(), shape.rootPlace());
        for (CommitteeDef committee : shape.committees()) {
            long committeeId = organization(districtId, committee.kind(), null, committee.name(), committee.code());
            for (BranchDef def : committee.branches()) {
                branch(committeeId, "DEPENDENT", def);
            }
        }
        for (BranchDef def : shape.direct()) {
            branch(districtId, "GRASSROOTS", def);
        }
    }

    private void writeMembers(DemoBranch branch) {
        for (DemoPerson p : branch.members()) {
            tables.members.row(p.id, p.branchId, p.fullName, sortKey(p), p.male ? "MALE" : "FEMALE",
                    p.birthDate, p.cardNumber(), p.admittedOn, p.fullMembershipOn,
                    p.probationary() ? "PROBATIONARY" : "FULL", p.role, p.jobTitle, p.leadershipPost,
                    p.exemptFrom != null, p.exemptFrom, p.leftOn);
            if (p.leftOn == null) {
                commitments(p);
            }
        }
    }

    /** What members commit to at the start of a year (cam kết tu dưỡng, rèn luyện; làm theo Chỉ thị 05). */
    private static final String[] CULTIVATION = {
            "Giữ gìn phẩm chất đạo đức, lối sống; gương mẫu chấp hành chủ trương của Đảng, pháp luật của Nhà nước",
            "Hoàn thành tốt nhiệm vụ chuyên môn được giao; tham gia đầy đủ sinh hoạt chi bộ",
            "Tự học tập nâng cao trình độ lý luận chính trị; đóng đảng phí đầy đủ, đúng hạn"};
    private static final String[] DIRECTIVE_05 = {
            "Làm theo tấm gương Bác về tiết kiệm: không lãng phí thời gian, điện, nước nơi làm việc",
            "Gần dân, lắng nghe ý kiến của nhân dân nơi cư trú, báo cáo chi bộ hằng tháng",
            "Tận tụy với công việc, giúp đỡ đồng nghiệp và gia đình khó khăn trong khu dân cư"};

    /**
     * A member's two commitments for this year, written in January (or on joining), not reviewed yet:
     * the secretary reviews them at the year's end. Chosen by the member's id, not by the random
     * stream, so the rest of the demo is the same with or without them.
     */
    private void commitments(DemoPerson p) {
        int thisYear = lastMonth.plusMonths(1).getYear();
        LocalDate january = LocalDate.of(thisYear, 1, 20);
        String recordedAt = (p.admittedOn.isAfter(january) ? p.admittedOn : january) + " 08:00:00+07";
        tables.commitments.row(p.id, thisYear, "CULTIVATION", CULTIVATION[(int) (p.id % CULTIVATION.length)],
                recordedAt);
        tables.commitments.row(p.id, thisYear, "DIRECTIVE_05", DIRECTIVE_05[(int) (p.id % DIRECTIVE_05.length)],
                recordedAt);
    }

    /**
     * The province's accounts: {@code tinhuy} (staff of the province), {@code xauy} (staff of the
     * first commune), {@code bithu.lon} and {@code dangvien.lon} (secretary and a member of the
     * largest branch), and {@code bithu.<branch code>} for every other branch's secretary.
     */
    private void buildProvinceAccounts() {
        account("tinhuy", null, districtId, "DISTRICT_STAFF");
        account("xauy", null, organizations.get(1).id(), "DISTRICT_STAFF");
        DemoBranch largest = branches.stream().max(Comparator.comparingInt(b -> b.members().size()))
                .orElseThrow();
        for (DemoBranch branch : branches) {
            DemoPerson secretary = branch.members().get(0);
            secretary.username = branch == largest ? "bithu.lon" : "bithu." + branch.def().code();
            account(secretary.username, secretary.id, branch.id(), "SECRETARY", "MEMBER");
        }
        DemoPerson member = largest.members().get(largest.members().size() - 1);
        member.username = "dangvien.lon";
        account(member.username, member.id, null, "MEMBER");
    }

    private long organization(Long parentId, String kind, String branchKind, String name, String code) {
        return organization(parentId, kind, branchKind, name, code, null);
    }

    private long organization(Long parentId, String kind, String branchKind, String name, String code, String place) {
        long id = nextOrganizationId++;
        organizations.add(new OrgRow(id, parentId, kind, branchKind, name, code, place));
        return id;
    }

    private void branch(long parentId, String branchKind, BranchDef def) {
        long id = organization(parentId, "BRANCH", branchKind, def.name(), def.code());
        branches.add(new DemoBranch(id, def, new ArrayList<>()));
        if (def.pilot()) {
            tables.pilots.row(id, id, PILOT_START, "64-KH/HU", "ENROLLED");
            pilotPlan(id);
        }
    }

    /** One solution an area, with its target: what a pilot branch registers with its committee. */
    private static final String[][] PILOT_SOLUTIONS = {
            {"LEADERSHIP", "Bí thư chi bộ trực tiếp chỉ đạo việc chuẩn bị nội dung sinh hoạt hằng tháng",
                    "12/12 cuộc họp có nội dung chuẩn bị trước"},
            {"EDUCATION", "Học tập, quán triệt nghị quyết trong 15 ngày kể từ khi ban hành",
                    "100% đảng viên có bài thu hoạch"},
            {"PRINCIPLES", "Sinh hoạt chuyên đề mỗi quý một lần, đăng ký trước với cấp ủy",
                    "4 chuyên đề trong năm"},
            {"CADRES", "Bồi dưỡng quần chúng ưu tú, giới thiệu kết nạp đảng",
                    "Kết nạp ít nhất 1 đảng viên"}};

    /**
     * The pilot branch's plan: a solution in each area for last year, reviewed by the committee (the
     * branch recognized or not), and for this year, not reviewed yet. Chosen by the branch's id, not
     * by the random stream, so the rest of the demo is the same with or without it.
     */
    private void pilotPlan(long branchId) {
        int thisYear = lastMonth.plusMonths(1).getYear();
        for (int year = thisYear - 1; year <= thisYear; year++) {
            boolean reviewed = year < thisYear;
            String reviewedAt = year + "-12-20 09:00:00+07";
            for (int i = 0; i < PILOT_SOLUTIONS.length; i++) {
                String[] solution = PILOT_SOLUTIONS[i];
                String status = !reviewed ? null : (branchId + i) % 4 == 0 ? "PARTLY" : "ACHIEVED";
                tables.pilotSolutions.row(branchId, year, solution[0], solution[1], solution[2], status,
                        reviewed ? "huyenuy" : null, reviewed ? reviewedAt : null, "bithu");
            }
            if (reviewed) {
                tables.pilotRecognitions.row(branchId, year, branchId % 3 != 0, null, "huyenuy", reviewedAt);
            }
        }
    }

    private void buildMembers(DemoBranch branch) {
        BranchDef def = branch.def();
        boolean showcase = def.code().equals(DemoDistrict.SHOWCASE_BRANCH);
        int size = showcase ? 4 : Math.max(4, (int) Math.round(def.size() * (0.9 + 0.2 * random.nextDouble())));
        LocalDate firstDay = lastMonth.minusMonths(months - 1L).atDay(1);
        for (int i = 0; i < size; i++) {
            boolean male = random.nextDouble() < (def.setting() == Setting.SERVICE ? 0.35 : 0.6);
            String role = roleFor(i, size);
            DemoPerson person = new DemoPerson(nextMemberId++, branch.id(), DemoNames.fullName(random, male), male,
                    role);
            int age = def.setting() == Setting.RESIDENTIAL ? 30 + random.nextInt(48) : 25 + random.nextInt(35);
            person.birthDate = lastMonth.atDay(1).minusYears(age).minusDays(random.nextInt(365));
            boolean recent = i >= 3 && random.nextDouble() < 0.07;
            if (showcase && i == 3) {
                // The showcase branch has one probationary member, to show who does not vote.
                person.admittedOn = lastMonth.minusMonths(7).atDay(12);
                person.fullMembershipOn = null;
            } else if (recent) {
                // Admitted during the last two years: probationary for twelve months.
                person.admittedOn = firstDay.plusDays(random.nextInt(months * 30 - 20));
                LocalDate full = person.admittedOn.plusYears(1);
                person.fullMembershipOn = full.isAfter(lastMonth.atEndOfMonth()) ? null : full;
            } else {
                int partyYears = 2 + random.nextInt(Math.max(1, age - 24));
                person.admittedOn = firstDay.minusYears(partyYears).minusDays(random.nextInt(365));
                person.fullMembershipOn = person.admittedOn.plusYears(1);
            }
            person.jobTitle = jobFor(def.setting(), role);
            person.leadershipPost = def.setting() != Setting.RESIDENTIAL
                    && (!role.equals("MEMBER") || random.nextDouble() < 0.1);
            if (i >= 3 && age > 68 && random.nextDouble() < 0.5) {
                person.exemptFrom = firstDay.plusMonths(random.nextInt(months) - 12L);
            }
            if (i >= 3 && !showcase && random.nextDouble() < 0.006) {
                person.leftOn = firstDay.plusMonths(6 + random.nextInt(12)).plusDays(random.nextInt(20));
            }
            person.chronicAbsentee = i >= 3 && !def.pilot() && !showcase && random.nextDouble() < 0.012;
            branch.members().add(person);
        }
    }

    private String roleFor(int index, int size) {
        if (index == 0) {
            return "SECRETARY";
        }
        if (index == 1 && size >= 5) {
            return "DEPUTY_SECRETARY";
        }
        int committee = size >= 20 ? 5 : 3;
        if (size >= 9 && index >= 2 && index < committee + 2) {
            return "COMMITTEE_MEMBER";
        }
        return "MEMBER";
    }

    private String jobFor(Setting setting, String role) {
        return switch (setting) {
            case RESIDENTIAL -> role.equals("SECRETARY") ? "Bí thư chi bộ, Trưởng khu dân cư"
                    : DemoNames.pick(random, DemoNames.RESIDENTIAL_JOBS);
            case AGENCY -> switch (role) {
                case "SECRETARY" -> "Trưởng phòng";
                case "DEPUTY_SECRETARY" -> "Phó Trưởng phòng";
                default -> DemoNames.pick(random, DemoNames.AGENCY_JOBS);
            };
            case SERVICE -> role.equals("SECRETARY") ? "Hiệu trưởng / Giám đốc"
                    : DemoNames.pick(random, DemoNames.SERVICE_JOBS);
        };
    }

    /**
     * Demo accounts: {@code admin}, {@code huyenuy}, {@code bithu} and {@code dangvien}; then
     * {@code bithu.<branch code>} for every other branch's secretary and
     * {@code dv.<party card number>} for every other member.
     */
    private void buildAccounts() {
        account("admin", null, districtId, "ADMIN");
        for (DemoBranch branch : branches) {
            boolean showcase = branch.def().code().equals(DemoDistrict.SHOWCASE_BRANCH);
            boolean staffBranch = branch.def().code().equals(DemoDistrict.STAFF_BRANCH);
            for (int i = 0; i < branch.members().size(); i++) {
                DemoPerson person = branch.members().get(i);
                if (showcase && i == 0) {
                    person.username = "bithu";
                } else if (showcase && i == 1) {
                    person.username = "dangvien";
                } else if (staffBranch && i == 2) {
                    person.username = "huyenuy";
                    account(person.username, person.id, districtId, "DISTRICT_STAFF", "MEMBER");
                    continue;
                } else if (i == 0) {
                    person.username = "bithu." + branch.def().code();
                } else {
                    person.username = "dv." + person.cardNumber();
                }
                boolean leads = person.role.equals("SECRETARY") || person.role.equals("DEPUTY_SECRETARY");
                if (leads) {
                    account(person.username, person.id, branch.id(), "SECRETARY", "MEMBER");
                } else {
                    account(person.username, person.id, null, "MEMBER");
                }
            }
        }
    }

    /**
     * An account, and its grant when it is staff's or an administrator's (a secretary's rights follow
     * the member's role in the branch, a member's their member id).
     */
    private void account(String username, Long memberId, Long organizationId, String... roles) {
        long id = nextAccountId++;
        tables.accounts.row(id, username, passwordHash, memberId);
        for (String role : roles) {
            if (role.equals("ADMIN") || role.equals("DISTRICT_STAFF")) {
                tables.accountGrants.row(id, role, organizationId);
            }
        }
    }

    private void buildReferenceData() {
        tables.themes.row(districtId, 2018, "Nâng cao chất lượng hệ thống chính trị; tăng cường công tác quản lý "
                + "tài nguyên, môi trường và trật tự đô thị");
        tables.themes.row(districtId, lastMonth.getYear(), "Nâng cao chất lượng sinh hoạt chi bộ; siết chặt kỷ "
                + "luật, kỷ cương; đẩy mạnh chuyển đổi số trong công tác xây dựng Đảng");
        tables.directives.row(1, "05-CT/TW", "Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
                + "phong cách Hồ Chí Minh", LocalDate.of(2016, 5, 15));
        tables.directives.row(2, "NQ TW4 khóa XII", "Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, "
                + "chỉnh đốn Đảng", LocalDate.of(2016, 10, 30));
        tables.directives.row(3, "10-CT/TW", "Chỉ thị về nâng cao chất lượng sinh hoạt chi bộ",
                LocalDate.of(2017, 3, 30));
        tables.directives.row(4, "09-HD/BTCTW", "Hướng dẫn về nâng cao chất lượng sinh hoạt chi bộ",
                LocalDate.of(2012, 2, 2));
        tables.directives.row(5, "12-HD/BTCTW", "Hướng dẫn một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ",
                LocalDate.of(2018, 5, 18));
        tables.directives.row(6, "64-KH/HU", "Kế hoạch xây dựng mô hình \"Chi bộ điểm toàn diện\" của Huyện ủy "
                + "Cô Tô", LocalDate.of(2017, 8, 1));
    }

    String sortKey(DemoPerson person) {
        return VietnameseNames.sortKey(person.fullName);
    }
}
