package vn.chibo.shared;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * How PostgreSQL plans the rest of the current transaction's statements, for reads whose best plan
 * does or does not depend on the node asked for (each caller says what it measured). Left to itself,
 * PostgreSQL plans a prepared statement for its first five calls, then keeps one generic plan only
 * if that looks no dearer than the plans it made.
 */
public final class PlanCache {

    private PlanCache() {
    }

    /** Each statement runs with the one plan PostgreSQL keeps for it, whatever its parameters. */
    public static void keepPlans(JdbcOperations jdbc) {
        jdbc.execute("set local plan_cache_mode = force_generic_plan");
    }

    /** Each statement is planned for the parameters of every call. */
    public static void planEachCall(JdbcOperations jdbc) {
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
    }
}
