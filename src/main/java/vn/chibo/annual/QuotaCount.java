package vn.chibo.annual;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.annual.AnnualReport.Quota;
import vn.chibo.rating.RatingLevel;

/**
 * The quotas of a subtree's grassroots units for a year, counted over every member of the subtree,
 * and kept for the next page of the same report while the database's {@code quota_clock}
 * ({@code V2__derived_data.sql}) shows the value it had when they were counted: every committed
 * change to what they count moves the clock, so a kept count is never one that a change has made
 * wrong. Target: the commune annual report under 150 ms p95 at 16 connections on the province;
 * counting on every page 170-217 ms, kept 126-148 ms (interleaved A/B, docs/performance.md).
 */
@Component
class QuotaCount {

    /** Subtrees and years kept at once, the least recently read forgotten first. */
    static final int KEPT = 512;

    private final AnnualQueries queries;
    private final AnnualRule rule;
    private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > KEPT;
        }
    };

    QuotaCount(AnnualQueries queries, AnnualRule rule) {
        this.queries = queries;
        this.rule = rule;
    }

    /**
     * The quotas of a subtree's units, how many members they count, and the year's standing levels of
     * everyone and of the members holding a leadership post, shown as a group beside everyone's.
     */
    record Quotas(List<Quota> units, long members, Map<RatingLevel, Long> everyone, Map<RatingLevel, Long> leaders) {
    }

    private record Key(String path, int year) {
    }

    private record Kept(long clock, Quotas quotas) {
    }

    /**
     * The subtree's quotas for the year, counted again only when the clock has moved since the last
     * count; always counted, and not kept, inside a transaction that has written.
     */
    Quotas of(String path, int year) {
        Long clock = queries.quotaClock();
        if (clock == null) {
            return count(path, year);
        }
        Key key = new Key(path, year);
        synchronized (kept) {
            Kept last = kept.get(key);
            if (last != null && last.clock() == clock) {
                return last.quotas();
            }
        }
        Quotas counted = count(path, year);
        synchronized (kept) {
            kept.put(key, new Kept(clock, counted));
        }
        return counted;
    }

    /**
     * Per grassroots unit, how many members stand at excellent and at good (decided, or else
     * proposed by the branch, or else by the rule), counted over every member of the subtree.
     */
    private Quotas count(String path, int year) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        long[] members = {0};
        Map<RatingLevel, Long> everyone = new EnumMap<>(RatingLevel.class);
        Map<RatingLevel, Long> leaders = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            everyone.put(level, 0L);
            leaders.put(level, 0L);
        }
        queries.tallies(path, year, tally -> {
            names.put(tally.unitId(), tally.unitName());
            long[] pair = counts.computeIfAbsent(tally.unitId(), id -> new long[2]);
            RatingLevel standing = tally.decided() != null ? tally.decided()
                    : tally.branchProposed() != null ? tally.branchProposed()
                    : rule.propose(tally.months(), tally.disciplined());
            if (standing != null) {
                everyone.merge(standing, tally.members(), Long::sum);
                if (tally.leader()) {
                    leaders.merge(standing, tally.members(), Long::sum);
                }
            }
            if (standing == RatingLevel.EXCELLENT) {
                pair[0] += tally.members();
            } else if (standing == RatingLevel.GOOD) {
                pair[1] += tally.members();
            }
            members[0] += tally.members();
        });
        List<Quota> quotas = new ArrayList<>();
        counts.forEach((unit, pair) -> quotas.add(new Quota(unit, names.get(unit), pair[0], pair[1],
                rule.withinQuota(pair[0], pair[1]))));
        return new Quotas(List.copyOf(quotas), members[0], everyone, leaders);
    }
}
