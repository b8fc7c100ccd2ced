package vn.chibo.pilot;

/** One solution of a pilot branch's plan for a year; status and note once the committee has reviewed it. */
public record PilotSolution(long id, PilotArea area, String solution, String target, SolutionStatus status,
                            String reviewNote) {

    public boolean reviewed() {
        return status != null;
    }
}
