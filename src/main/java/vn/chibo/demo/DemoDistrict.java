package vn.chibo.demo;

import java.util.List;

/**
 * The shape of the demo district, modelled on Cô Tô (Quảng Ninh): the district committee,
 * five grassroots or commune committees and ten branches directly under the district;
 * 59 branches, 12 of them in the "Chi bộ điểm toàn diện" pilot since 08/2017.
 * Names are of real kinds of units; every person in the demo is fictional.
 */
final class DemoDistrict {

    static final String DISTRICT_CODE = "hu-coto";
    static final String DISTRICT_NAME = "Huyện ủy Cô Tô";
    /** The branch of the demo accounts {@code bithu} and {@code dangvien}. */
    static final String SHOWCASE_BRANCH = "kdd-tuyengiao";
    /** The branch of the district staff account {@code huyenuy}. */
    static final String STAFF_BRANCH = "kdd-tochuc";

    enum Setting {
        /** Khu phố / thôn: residents, many retired, fishermen and farmers. */
        RESIDENTIAL,
        /** Cơ quan, đơn vị: civil servants and employees. */
        AGENCY,
        /** Trường học, trạm y tế, ... */
        SERVICE
    }

    record BranchDef(String code, String name, int size, Setting setting, boolean pilot) {
    }

    record CommitteeDef(String code, String name, String kind, List<BranchDef> branches) {
    }

    private DemoDistrict() {
    }

    private static BranchDef b(String code, String name, int size, Setting setting) {
        return new BranchDef(code, name, size, setting, false);
    }

    private static BranchDef pilot(String code, String name, int size, Setting setting) {
        return new BranchDef(code, name, size, setting, true);
    }

    static final List<CommitteeDef> COMMITTEES = List.of(
            new CommitteeDef("db-tt-coto", "Đảng bộ thị trấn Cô Tô", "COMMUNE_COMMITTEE", List.of(
                    pilot("tt-khu1", "Chi bộ Khu 1", 50, Setting.RESIDENTIAL),
                    b("tt-khu2", "Chi bộ Khu 2", 46, Setting.RESIDENTIAL),
                    pilot("tt-khu3", "Chi bộ Khu 3", 44, Setting.RESIDENTIAL),
                    b("tt-khu4", "Chi bộ Khu 4", 40, Setting.RESIDENTIAL),
                    b("tt-khu5", "Chi bộ Khu 5", 38, Setting.RESIDENTIAL),
                    b("tt-mamnon", "Chi bộ Trường Mầm non thị trấn", 8, Setting.SERVICE),
                    b("tt-tieuhoc", "Chi bộ Trường Tiểu học thị trấn", 10, Setting.SERVICE),
                    b("tt-congan", "Chi bộ Công an thị trấn", 7, Setting.AGENCY),
                    b("tt-quansu", "Chi bộ Quân sự thị trấn", 5, Setting.AGENCY),
                    b("tt-coquan", "Chi bộ Cơ quan thị trấn", 18, Setting.AGENCY))),
            new CommitteeDef("db-x-dongtien", "Đảng bộ xã Đồng Tiến", "COMMUNE_COMMITTEE", List.of(
                    pilot("dt-haitien", "Chi bộ thôn Hải Tiến", 44, Setting.RESIDENTIAL),
                    b("dt-honghai", "Chi bộ thôn Hồng Hải", 40, Setting.RESIDENTIAL),
                    b("dt-namha", "Chi bộ thôn Nam Hà", 36, Setting.RESIDENTIAL),
                    b("dt-namdong", "Chi bộ thôn Nam Đông", 32, Setting.RESIDENTIAL),
                    b("dt-mamnon", "Chi bộ Trường Mầm non Đồng Tiến", 7, Setting.SERVICE),
                    b("dt-truong", "Chi bộ Trường Tiểu học và THCS Đồng Tiến", 12, Setting.SERVICE),
                    b("dt-yte", "Chi bộ Trạm Y tế xã Đồng Tiến", 5, Setting.SERVICE),
                    b("dt-congan", "Chi bộ Công an xã Đồng Tiến", 6, Setting.AGENCY),
                    b("dt-quansu", "Chi bộ Quân sự xã Đồng Tiến", 5, Setting.AGENCY),
                    pilot("dt-coquan", "Chi bộ Cơ quan xã Đồng Tiến", 16, Setting.AGENCY))),
            new CommitteeDef("db-x-thanhlan", "Đảng bộ xã Thanh Lân", "COMMUNE_COMMITTEE", List.of(
                    pilot("tl-thon1", "Chi bộ thôn 1", 42, Setting.RESIDENTIAL),
                    b("tl-thon2", "Chi bộ thôn 2", 36, Setting.RESIDENTIAL),
                    b("tl-thon3", "Chi bộ thôn 3", 30, Setting.RESIDENTIAL),
                    b("tl-mamnon", "Chi bộ Trường Mầm non Thanh Lân", 6, Setting.SERVICE),
                    b("tl-truong", "Chi bộ Trường Tiểu học và THCS Thanh Lân", 11, Setting.SERVICE),
                    b("tl-yte", "Chi bộ Trạm Y tế xã Thanh Lân", 4, Setting.SERVICE),
                    b("tl-congan", "Chi bộ Công an xã Thanh Lân", 5, Setting.AGENCY),
                    b("tl-quansu", "Chi bộ Quân sự xã Thanh Lân", 4, Setting.AGENCY),
                    b("tl-coquan", "Chi bộ Cơ quan xã Thanh Lân", 15, Setting.AGENCY))),
            new CommitteeDef("db-khoi-dang", "Đảng bộ Khối Đảng – đoàn thể", "GRASSROOTS_COMMITTEE", List.of(
                    pilot("kdd-vanphong", "Chi bộ Văn phòng Huyện ủy", 18, Setting.AGENCY),
                    pilot(STAFF_BRANCH, "Chi bộ Ban Tổ chức Huyện ủy", 7, Setting.AGENCY),
                    pilot(SHOWCASE_BRANCH, "Chi bộ Ban Tuyên giáo Huyện ủy", 4, Setting.AGENCY),
                    b("kdd-kiemtra", "Chi bộ Ủy ban Kiểm tra Huyện ủy", 6, Setting.AGENCY),
                    b("kdd-danvan", "Chi bộ Ban Dân vận Huyện ủy", 5, Setting.AGENCY),
                    b("kdd-chinhtri", "Chi bộ Trung tâm Chính trị huyện", 6, Setting.AGENCY),
                    b("kdd-mattran", "Chi bộ Mặt trận Tổ quốc và các đoàn thể huyện", 18, Setting.AGENCY),
                    b("kdd-truyenthong", "Chi bộ Trung tâm Truyền thông và Văn hóa", 12, Setting.AGENCY))),
            new CommitteeDef("db-khoi-chinhquyen", "Đảng bộ Khối chính quyền", "GRASSROOTS_COMMITTEE", List.of(
                    pilot("kcq-vanphong", "Chi bộ Văn phòng HĐND và UBND huyện", 22, Setting.AGENCY),
                    b("kcq-taichinh", "Chi bộ Phòng Tài chính – Kế hoạch", 8, Setting.AGENCY),
                    pilot("kcq-tainguyen", "Chi bộ Phòng Tài nguyên và Môi trường", 9, Setting.AGENCY),
                    b("kcq-kinhte", "Chi bộ Phòng Kinh tế và Hạ tầng", 9, Setting.AGENCY),
                    b("kcq-noivu", "Chi bộ Phòng Nội vụ", 7, Setting.AGENCY),
                    b("kcq-giaoduc", "Chi bộ Phòng Giáo dục và Đào tạo", 8, Setting.AGENCY),
                    b("kcq-yte", "Chi bộ Phòng Y tế và Lao động – Thương binh và Xã hội", 8, Setting.AGENCY),
                    b("kcq-vanhoa", "Chi bộ Phòng Văn hóa và Thông tin", 6, Setting.AGENCY),
                    b("kcq-tuphap", "Chi bộ Phòng Tư pháp", 4, Setting.AGENCY),
                    b("kcq-thanhtra", "Chi bộ Thanh tra huyện", 5, Setting.AGENCY),
                    b("kcq-qlda", "Chi bộ Ban Quản lý dự án đầu tư xây dựng", 10, Setting.AGENCY),
                    b("kcq-nongnghiep", "Chi bộ Trung tâm Dịch vụ nông nghiệp", 7, Setting.AGENCY))));

    /** Chi bộ cơ sở directly under the district committee. */
    static final List<BranchDef> DIRECT_BRANCHES = List.of(
            pilot("cs-thpt", "Chi bộ Trường THPT Cô Tô", 32, Setting.SERVICE),
            b("cs-thcs", "Chi bộ Trường THCS Cô Tô", 22, Setting.SERVICE),
            pilot("cs-ttyte", "Chi bộ Trung tâm Y tế huyện", 55, Setting.SERVICE),
            b("cs-thue", "Chi bộ Chi cục Thuế khu vực Cô Tô", 10, Setting.AGENCY),
            b("cs-khobac", "Chi bộ Kho bạc Nhà nước Cô Tô", 6, Setting.AGENCY),
            b("cs-agribank", "Chi bộ Ngân hàng Nông nghiệp Cô Tô", 15, Setting.AGENCY),
            b("cs-vienkiemsat", "Chi bộ Viện Kiểm sát nhân dân huyện", 8, Setting.AGENCY),
            b("cs-toaan", "Chi bộ Tòa án nhân dân huyện", 7, Setting.AGENCY),
            b("cs-thihanhan", "Chi bộ Chi cục Thi hành án dân sự", 6, Setting.AGENCY),
            b("cs-dienluc", "Chi bộ Điện lực Cô Tô", 18, Setting.AGENCY));
}
