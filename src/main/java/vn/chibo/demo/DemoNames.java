package vn.chibo.demo;

import java.util.List;
import java.util.Random;

/** Pools of Vietnamese names and words for fictional people and records. */
final class DemoNames {

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Đinh", "Tạ", "Mai", "Lương", "Trịnh", "Đoàn");
    static final List<String> MIDDLE_MALE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Ngọc",
            "Xuân", "Công", "Trọng", "Mạnh", "Tiến");
    static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thu", "Thanh", "Ngọc", "Minh", "Thùy", "Phương",
            "Hồng", "Kim", "Bích", "Diệu", "Mai");
    static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy",
            "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tiến", "Trung", "Tuấn", "Việt", "Vinh",
            "Hiếu", "Kiên", "Lâm", "Thành", "Tùng", "Toàn", "Hòa", "Lợi", "Đông", "Bảo");
    static final List<String> GIVEN_FEMALE = List.of("Anh", "Chi", "Dung", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
            "Hương", "Lan", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Thảo", "Thủy",
            "Trang", "Tuyết", "Vân", "Yến", "Xuân", "Huệ", "Liên", "Giang", "Ánh", "Quyên");

    static final List<String> RESIDENTIAL_JOBS = List.of("Ngư dân", "Nông dân", "Hưu trí", "Kinh doanh",
            "Tiểu thương", "Hưu trí", "Ngư dân", "Lao động tự do");
    static final List<String> AGENCY_JOBS = List.of("Chuyên viên", "Chuyên viên", "Chuyên viên chính",
            "Kế toán", "Cán sự", "Văn thư", "Chuyên viên");
    static final List<String> SERVICE_JOBS = List.of("Giáo viên", "Giáo viên", "Bác sĩ", "Điều dưỡng",
            "Nhân viên", "Kế toán", "Y sĩ");

    static final List<String> EXCUSE_REASONS = List.of("Ốm, có đơn xin phép", "Việc gia đình đột xuất",
            "Đi biển dài ngày", "Đưa người nhà đi khám bệnh", "Đi học tập trung", "Nghỉ thai sản");
    static final List<String> DUTY_REASONS = List.of("Đi công tác đất liền", "Trực cơ quan",
            "Tập huấn nghiệp vụ tại tỉnh");

    static final List<String> PROFESSIONAL_TASKS = List.of("Hoàn thành báo cáo chuyên môn tháng",
            "Tham mưu dự thảo văn bản được giao", "Cập nhật hồ sơ, số liệu của bộ phận",
            "Rà soát thủ tục hành chính thuộc lĩnh vực phụ trách", "Chuẩn bị nội dung hội nghị chuyên đề");
    static final List<String> PARTY_TASKS = List.of("Tuyên truyền nghị quyết đến các hộ được phân công",
            "Theo dõi, giúp đỡ quần chúng ưu tú", "Viết bài thu hoạch học tập và làm theo tấm gương Bác",
            "Nắm tình hình tư tưởng đảng viên trong tổ", "Chuẩn bị ý kiến đóng góp dự thảo nghị quyết");
    static final List<String> COMMUNITY_TASKS = List.of("Vận động nhân dân vệ sinh môi trường khu dân cư",
            "Tham gia tổ tự quản an ninh trật tự", "Vận động hộ dân tham gia bảo hiểm y tế",
            "Vận động ngư dân bám biển, chấp hành quy định khai thác thủy sản",
            "Tham gia hoạt động hội, đoàn thể nơi cư trú");

    private DemoNames() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String fullName(Random random, boolean male) {
        return pick(random, FAMILY) + " " + pick(random, male ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
                + pick(random, male ? GIVEN_MALE : GIVEN_FEMALE);
    }
}
