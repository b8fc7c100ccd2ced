package vn.chibo.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of the meeting guidelines (DOMAIN.md), as configuration.
 *
 * @param regularMinMinutes   shortest regular meeting without a warning
 * @param combinedMinMinutes  shortest regular-and-thematic meeting without a warning
 * @param maxPreparation      the quality sheet's four parts and their maxima
 * @param goodFrom            quality score from which a meeting is "tốt"; then "khá", "trung bình", else "kém"
 * @param unexcusedMonthsFlag months of unexcused absence in a calendar year that flag a member for review
 * @param minFullMembers      full members a branch needs; with fewer, its pages warn
 * @param committeeFrom       full members from which a branch elects a branch committee (chi ủy); its page says so
 */
@ConfigurationProperties("chibo.meeting")
public record MeetingRulesProperties(int regularMinMinutes, int combinedMinMinutes, int maxPreparation,
                                     int maxAttendance, int maxConduct, int maxClosing, int goodFrom, int fairFrom,
                                     int averageFrom, int unexcusedMonthsFlag, int minFullMembers,
                                     int committeeFrom) {

    public MeetingRulesProperties {
        regularMinMinutes = orDefault(regularMinMinutes, 90);
        combinedMinMinutes = orDefault(combinedMinMinutes, 120);
        maxPreparation = orDefault(maxPreparation, 15);
        maxAttendance = orDefault(maxAttendance, 20);
        maxConduct = orDefault(maxConduct, 45);
        maxClosing = orDefault(maxClosing, 20);
        goodFrom = orDefault(goodFrom, 90);
        fairFrom = orDefault(fairFrom, 70);
        averageFrom = orDefault(averageFrom, 50);
        unexcusedMonthsFlag = orDefault(unexcusedMonthsFlag, 3);
        minFullMembers = orDefault(minFullMembers, 3);
        committeeFrom = orDefault(committeeFrom, 9);
    }

    private static int orDefault(int value, int fallback) {
        return value > 0 ? value : fallback;
    }

    public QualityLevel qualityLevel(int score) {
        if (score >= goodFrom) {
            return QualityLevel.GOOD;
        }
        if (score >= fairFrom) {
            return QualityLevel.FAIR;
        }
        return score >= averageFrom ? QualityLevel.AVERAGE : QualityLevel.POOR;
    }
}
