package vn.chibo.meeting;

/** A resolution passes when more than half of the eligible members vote for it. */
final class Vote {

    private Vote() {
    }

    static boolean passes(Integer votesFor, Integer eligible) {
        return votesFor != null && eligible != null && eligible > 0 && votesFor * 2 > eligible;
    }
}
