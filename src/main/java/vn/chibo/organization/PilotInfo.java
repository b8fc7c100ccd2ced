package vn.chibo.organization;

import java.time.LocalDate;

/** A branch's pilot enrolment as pages show it. */
public record PilotInfo(LocalDate enrolledOn, String planReference, PilotStatus status, LocalDate endedOn) {

    public boolean active() {
        return status != PilotStatus.WITHDRAWN;
    }
}
