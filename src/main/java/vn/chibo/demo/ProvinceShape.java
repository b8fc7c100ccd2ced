package vn.chibo.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.chibo.demo.DemoDistrict.BranchDef;
import vn.chibo.demo.DemoDistrict.CommitteeDef;
import vn.chibo.demo.DemoDistrict.Setting;

/**
 * A province-sized tree for the scale benchmark: the provincial committee, commune-level
 * committees and branches of 3 to 150 members with a long tail (half small, a third middling,
 * a few large), about 34 members a branch on average; one branch in ten in the pilot. Fixed seed.
 */
final class ProvinceShape {

    static final long SEED = 20250701L;

    private ProvinceShape() {
    }

    /** {@code communes} commune-level committees with {@code branchesEach} branches each, {@code months} of history. */
    static DemoGenerator.Shape of(int communes, int branchesEach, int months) {
        Random random = new Random(SEED);
        List<CommitteeDef> committees = new ArrayList<>();
        for (int c = 1; c <= communes; c++) {
            List<BranchDef> branches = new ArrayList<>();
            for (int b = 1; b <= branchesEach; b++) {
                double draw = random.nextDouble();
                int size = draw < 0.5 ? 3 + random.nextInt(18) : draw < 0.85 ? 20 + random.nextInt(41)
                        : draw < 0.98 ? 60 + random.nextInt(61) : 120 + random.nextInt(31);
                boolean residential = random.nextDouble() < 0.7;
                String name = residential ? "Chi bộ thôn " + b + ", xã " + c : "Chi bộ cơ quan " + b + ", xã " + c;
                Setting setting = residential ? Setting.RESIDENTIAL : random.nextBoolean() ? Setting.AGENCY : Setting.SERVICE;
                branches.add(new BranchDef("p" + c + "-" + b, name, size, setting, random.nextDouble() < 0.1));
            }
            committees.add(new CommitteeDef("p" + c, "Đảng ủy xã " + c, "COMMUNE_COMMITTEE", branches));
        }
        return new DemoGenerator.Shape("tinh-uy", "Tỉnh ủy (dữ liệu mô phỏng cấp tỉnh)", "PROVINCE_COMMITTEE", null,
                committees, List.of(), months, true);
    }

    /** The benchmark's province: 150 communes × 20 branches, 36 months. */
    static DemoGenerator.Shape province() {
        return of(150, 20, 36);
    }
}
