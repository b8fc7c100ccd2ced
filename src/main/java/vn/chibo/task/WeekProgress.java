package vn.chibo.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * A weekly task's weeks: it repeats every week from the week it was given ({@code firstWeek}) to the
 * week of its due date; {@code due} are the weeks gone by (to the week of {@code asOf}), {@code done}
 * those the member said were done, and whether the week of {@code asOf} is one of them.
 */
public record WeekProgress(LocalDate firstWeek, LocalDate lastWeek, LocalDate thisWeek, int due, int done,
                           boolean doneThisWeek) {

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static WeekProgress of(LocalDate givenOn, LocalDate dueOn, LocalDate asOf, Set<LocalDate> doneWeeks) {
        LocalDate first = weekOf(givenOn);
        LocalDate last = weekOf(dueOn.isBefore(givenOn) ? givenOn : dueOn);
        LocalDate thisWeek = weekOf(asOf);
        LocalDate until = thisWeek.isAfter(last) ? last : thisWeek;
        int due = until.isBefore(first) ? 0 : (int) ChronoUnit.WEEKS.between(first, until) + 1;
        int done = (int) doneWeeks.stream().filter(week -> !week.isBefore(first) && !week.isAfter(until)).count();
        return new WeekProgress(first, last, thisWeek, due, done, doneWeeks.contains(thisWeek));
    }

    /** Whether the week of {@code asOf} is one the task repeats in: the member may say it was done. */
    public boolean running() {
        return !thisWeek.isBefore(firstWeek) && !thisWeek.isAfter(lastWeek);
    }

    /** The week of {@code asOf}, Monday to Sunday. */
    public LocalDate thisWeekEnd() {
        return thisWeek.plusDays(6);
    }
}
