package vn.chibo.meeting;

import java.util.List;

/**
 * The default order of a monthly meeting (Hướng dẫn 09-HD/BTCTW, 12-HD/BTCTW, 42-HD/BTCTW).
 * These are the titles written into the minutes document, so they are stored in Vietnamese.
 */
public final class StandardAgenda {

    public static final List<String> TITLES = List.of(
            "Khai mạc: thu đảng phí, báo cáo tình hình đảng viên dự họp, thông qua chương trình, cử thư ký",
            "Thông tin thời sự, văn bản mới; tình hình tư tưởng của đảng viên và nhân dân",
            "Đánh giá kết quả tháng trước và nhiệm vụ được phân công của từng đảng viên; "
                    + "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Nhiệm vụ tháng tới và phân công nhiệm vụ cụ thể cho từng đảng viên",
            "Thảo luận; tự phê bình và phê bình",
            "Biểu quyết nghị quyết; nhận xét, xếp loại đảng viên; chấm điểm chất lượng buổi sinh hoạt; "
                    + "thông qua biên bản");

    public static final String THEMATIC_TITLE = "Nội dung sinh hoạt chuyên đề";
    public static final String EXTRAORDINARY_TITLE = "Nội dung sinh hoạt bất thường";

    /** Index of the item where each member's assigned tasks are reviewed (Chỉ thị 05 is studied there too). */
    public static final int REVIEW_ITEM = 2;

    private StandardAgenda() {
    }
}
