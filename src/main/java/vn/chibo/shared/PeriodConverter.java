package vn.chibo.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.time.YearMonth;

/** A period (one month) is stored as the first day of that month. */
@Converter(autoApply = true)
public class PeriodConverter implements AttributeConverter<YearMonth, LocalDate> {

    @Override
    public LocalDate convertToDatabaseColumn(YearMonth period) {
        return period == null ? null : period.atDay(1);
    }

    @Override
    public YearMonth convertToEntityAttribute(LocalDate day) {
        return day == null ? null : YearMonth.from(day);
    }
}
