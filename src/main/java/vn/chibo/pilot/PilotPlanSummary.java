package vn.chibo.pilot;

/**
 * A pilot branch's plan for a year at a glance: solutions registered in each area, how many the
 * review found achieved, and the committee's recognition (null until recorded).
 */
public record PilotPlanSummary(long branchId, String branchName, int leadership, int education, int principles,
                               int cadres, int achieved, int reviewed, Boolean recognized) {

    public int solutions() {
        return leadership + education + principles + cadres;
    }
}
