package vn.chibo.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param onTimeDay a regular meeting held on or before this day of the month is on time
 */
@ConfigurationProperties("chibo.dashboard")
public record DashboardProperties(int onTimeDay) {

    public DashboardProperties {
        if (onTimeDay <= 0) {
            onTimeDay = 10;
        }
    }
}
