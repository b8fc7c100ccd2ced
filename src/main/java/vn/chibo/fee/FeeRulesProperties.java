package vn.chibo.fee;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The party fee rule of DOMAIN.md, as configuration.
 *
 * @param unpaidMonthsFlag months of a calendar year with the fee unpaid without a reason that flag a
 *                         member for the removal review (its meeting finalized without it)
 */
@ConfigurationProperties("chibo.fee")
public record FeeRulesProperties(int unpaidMonthsFlag) {

    public FeeRulesProperties {
        unpaidMonthsFlag = unpaidMonthsFlag > 0 ? unpaidMonthsFlag : 3;
    }

    public boolean flags(long unpaidMonths) {
        return unpaidMonths >= unpaidMonthsFlag;
    }
}
