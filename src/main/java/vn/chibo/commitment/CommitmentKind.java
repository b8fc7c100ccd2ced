package vn.chibo.commitment;

/**
 * What a member commits to for a year: cam kết tu dưỡng, rèn luyện, phấn đấu ({@code CULTIVATION}),
 * or đăng ký làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh under Chỉ thị 05 ({@code DIRECTIVE_05}).
 */
public enum CommitmentKind {
    CULTIVATION,
    DIRECTIVE_05
}
