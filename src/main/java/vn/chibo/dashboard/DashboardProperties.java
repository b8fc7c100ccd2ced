package vn.chibo.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param onTimeDay          a regular meeting held on or before this day of the month is on time
 * @param namedListsUpTo     up to this many branches under a node, its dashboard lists the members and
 *                           branches that need attention by name; above, it counts them per unit below
 *                           the node (a province's thousands of names help nobody, and cost every view)
 */
@ConfigurationProperties("chibo.dashboard")
public record DashboardProperties(int onTimeDay, Integer namedListsUpTo) {

    public DashboardProperties {
        if (onTimeDay <= 0) {
            onTimeDay = 10;
        }
        if (namedListsUpTo == null || namedListsUpTo < 0) {
            namedListsUpTo = 300;
        }
    }
}
