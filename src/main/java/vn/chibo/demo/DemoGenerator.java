package vn.chibo.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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

    record OrgRow(long id, Long parentId, String kind, String branchKind, String name, String code) {
    }

    record DemoBranch(long id, BranchDef def, List<DemoPerson> members) {
    }

    final Random random = new Random(SEED);
    final YearMonth lastMonth;
    final String passwordHash;

    final List<OrgRow> organizations = new ArrayList<>();
    final List<DemoBranch> branches = new ArrayList<>();
    final DemoTables tables = new DemoTables();
    private long nextOrganizationId = 1;
    private long nextMemberId = 1;
    private long nextAccountId = 1;
    long districtId;

    DemoGenerator(YearMonth currentMonth, String passwordHash) {
        this.lastMonth = currentMonth.minusMonths(1);
        this.passwordHash = passwordHash;
    }

    DemoGenerator generate() {
        buildTree();
        for (DemoBranch branch : branches) {
            buildMembers(branch);
        }
        buildAccounts();
        buildReferenceData();
        new DemoHistory(this).generate();
        return this;
    }

    private void buildTree() {
        districtId = organization(null, "DISTRICT_COMMITTEE", null, DemoDistrict.DISTRICT_NAME,
                DemoDistrict.DISTRICT_CODE);
        for (CommitteeDef committee : DemoDistrict.COMMITTEES) {
            long committeeId = organization(districtId, committee.kind(), null, committee.name(), committee.code());
            for (BranchDef def : committee.branches()) {
                branch(committeeId, "DEPENDENT", def);
            }
        }
        for (BranchDef def : DemoDistrict.DIRECT_BRANCHES) {
            branch(districtId, "GRASSROOTS", def);
        }
    }

    private long organization(Long parentId, String kind, String branchKind, String name, String code) {
        long id = nextOrganizationId++;
        organizations.add(new OrgRow(id, parentId, kind, branchKind, name, code));
        return id;
    }

    private void branch(long parentId, String branchKind, BranchDef def) {
        long id = organization(parentId, "BRANCH", branchKind, def.name(), def.code());
        branches.add(new DemoBranch(id, def, new ArrayList<>()));
        if (def.pilot()) {
            tables.pilots.row(id, id, PILOT_START, "64-KH/HU", "ENROLLED");
        }
    }

    private void buildMembers(DemoBranch branch) {
        BranchDef def = branch.def();
        boolean showcase = def.code().equals(DemoDistrict.SHOWCASE_BRANCH);
        int size = showcase ? 4 : Math.max(4, (int) Math.round(def.size() * (0.9 + 0.2 * random.nextDouble())));
        LocalDate firstDay = lastMonth.minusMonths(DemoHistory.MONTHS - 1L).atDay(1);
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
                person.admittedOn = firstDay.plusDays(random.nextInt(DemoHistory.MONTHS * 30 - 20));
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
                person.exemptFrom = firstDay.plusMonths(random.nextInt(DemoHistory.MONTHS) - 12L);
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

    private void account(String username, Long memberId, Long organizationId, String... roles) {
        long id = nextAccountId++;
        tables.accounts.row(id, username, passwordHash, memberId, organizationId);
        for (String role : roles) {
            tables.accountRoles.row(id, role);
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
