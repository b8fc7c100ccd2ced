package vn.chibo.web;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Dates and months typed in forms, query strings and paths are read as ISO values of the years
 * 1900 to 2200. Anything else is a value of the wrong type: a form shows its field's message
 * ("Giá trị không hợp lệ") with the rest kept, a path or query string answers 400. Neither reaches
 * the database, whose dates end long before {@link LocalDate}'s.
 */
@ControllerAdvice
class DateRange {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    @InitBinder
    void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new Editor<>(LocalDate::parse, LocalDate::getYear));
        binder.registerCustomEditor(YearMonth.class, new Editor<>(YearMonth::parse, YearMonth::getYear));
    }

    private static final class Editor<T> extends PropertyEditorSupport {

        private final Function<String, T> parse;
        private final ToIntFunction<T> year;

        Editor(Function<String, T> parse, ToIntFunction<T> year) {
            this.parse = parse;
            this.year = year;
        }

        @Override
        public void setAsText(String text) {
            if (!StringUtils.hasText(text)) {
                setValue(null);
                return;
            }
            T value;
            try {
                value = parse.apply(text.strip());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not an ISO date or month: " + text, e);
            }
            int y = year.applyAsInt(value);
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                throw new IllegalArgumentException("year " + y + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
            }
            setValue(value);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
