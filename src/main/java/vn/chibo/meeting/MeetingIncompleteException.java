package vn.chibo.meeting;

import java.util.List;

/** Finalizing was refused: these parts of the meeting are missing (message keys with arguments). */
public class MeetingIncompleteException extends RuntimeException {

    private final List<Missing> missing;

    public MeetingIncompleteException(List<Missing> missing) {
        super("meeting incomplete: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<Missing> missing() {
        return missing;
    }

    public record Missing(String messageKey, Object... arguments) {
    }
}
