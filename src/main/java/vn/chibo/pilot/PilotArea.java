package vn.chibo.pilot;

/**
 * The four areas in which a pilot branch registers its solutions: the role of the collective and the
 * head of the unit; political and ideological education; the party's principles and the quality of
 * meetings; building the cadre team that meets the unit's political tasks.
 */
public enum PilotArea {
    LEADERSHIP,
    EDUCATION,
    PRINCIPLES,
    CADRES
}
