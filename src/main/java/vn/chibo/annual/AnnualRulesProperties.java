package vn.chibo.annual;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The year-end proposal rules (DOMAIN.md: "proposed from the twelve months, decided by people").
 * Default: NOT_COMPLETED when disciplined in the year or with 3 or more NOT_COMPLETED months;
 * EXCELLENT when no month is below GOOD and at least half the rated months are EXCELLENT;
 * GOOD when no month is NOT_COMPLETED and at least half are GOOD or better; else COMPLETED.
 * The quota: EXCELLENT at most 20% of the number rated GOOD in a grassroots organization.
 *
 * @param notCompletedMonths NOT_COMPLETED months in a year that force NOT_COMPLETED
 * @param excellentShare     share of rated months EXCELLENT needed for EXCELLENT
 * @param goodShare          share of rated months GOOD or better needed for GOOD
 * @param excellentQuota     EXCELLENT at most this share of GOOD, per grassroots organization
 */
@ConfigurationProperties("chibo.annual")
public record AnnualRulesProperties(int notCompletedMonths, double excellentShare, double goodShare,
                                    double excellentQuota) {

    public AnnualRulesProperties {
        notCompletedMonths = notCompletedMonths > 0 ? notCompletedMonths : 3;
        excellentShare = excellentShare > 0 ? excellentShare : 0.5;
        goodShare = goodShare > 0 ? goodShare : 0.5;
        excellentQuota = excellentQuota > 0 ? excellentQuota : 0.2;
    }
}
