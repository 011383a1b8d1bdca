package org.zhifa.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

import org.zhifa.engine.FormSchema.Field;
import org.zhifa.shared.PlausibleDate;

/** A form's date and time fields: whole ISO dates and times of this era, as {@link FormValues} checks them. */
final class FormDates {

    private FormDates() {
    }

    /** The problem with a value for a date or time field, or null. */
    static String problem(Field field, Object value) {
        if (value instanceof Date date) {
            return bounded(LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC));
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal.isSupported(ChronoField.EPOCH_DAY)
                    ? bounded(LocalDate.ofEpochDay(temporal.getLong(ChronoField.EPOCH_DAY))) : null;
        }
        if (!(value instanceof CharSequence)) {
            return "应为日期";
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return switch (field.subtype() == null ? "date" : field.subtype()) {
                case "time" -> {
                    LocalTime.parse(text);
                    yield null;
                }
                case "datetime" -> bounded(parseDateTime(text));
                default -> bounded(text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate());
            };
        } catch (DateTimeParseException e) {
            return "“" + FormValues.shorten(text) + "”不是有效的日期或时间（应为 2026-03-01 这样的日期）";
        }
    }

    private static LocalDate parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            return java.time.LocalDateTime.parse(text).toLocalDate();
        }
    }

    /** A date a step records is plausible ({@link PlausibleDate}): from 1949-10-01 to 30 years ahead. */
    private static String bounded(LocalDate date) {
        if (!PlausibleDate.Check.within(date, PlausibleDate.YEARS_AHEAD)) {
            return "日期 " + date + " 不在 " + PlausibleDate.EARLIEST + " 至 "
                    + PlausibleDate.Check.latest(PlausibleDate.YEARS_AHEAD) + " 之间";
        }
        return null;
    }
}
