package vn.chibo.rating;

/** The four classification levels, best first (Quy định 366-QĐ/TW). */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT("HTXSNV"),
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD("HTTNV"),
    /** Hoàn thành nhiệm vụ. */
    COMPLETED("HTNV"),
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED("KHTNV");

    private final String shortName;
    private final String cssClass;

    RatingLevel(String shortName) {
        this.shortName = shortName;
        this.cssClass = "level-" + name();
    }

    /** The abbreviation used on paper and in narrow cells. */
    public String shortName() {
        return shortName;
    }

    /** The style class that colours the level ({@code level-GOOD}, ...). */
    public String cssClass() {
        return cssClass;
    }
}
