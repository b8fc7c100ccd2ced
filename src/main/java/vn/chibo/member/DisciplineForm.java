package vn.chibo.member;

/** Khiển trách / cảnh cáo / cách chức / khai trừ. */
public enum DisciplineForm {
    REPRIMAND,
    WARNING,
    DISMISSAL,
    EXPULSION
}
