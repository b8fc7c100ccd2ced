package vn.chibo.rating;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of the monthly classification rules (DOMAIN.md): configuration, not code.
 *
 * @param minDoneShare           under this share of assigned tasks done, NOT_COMPLETED is forced
 * @param excellentExceededShare EXCELLENT needs every task on time and at least this share exceeding
 */
@ConfigurationProperties("chibo.rating")
public record RatingRulesProperties(double minDoneShare, double excellentExceededShare) {

    public RatingRulesProperties {
        if (minDoneShare <= 0) {
            minDoneShare = 0.5;
        }
        if (excellentExceededShare <= 0) {
            excellentExceededShare = 0.3;
        }
    }
}
