package vn.chibo.fee;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A member's monthly fee from a month on: the amount in đồng and what it was reckoned from. */
public record FeeRate(long memberId, YearMonth from, FeeBasis basis, Long salary, BigDecimal sharePercent,
                      long amount) {
}
