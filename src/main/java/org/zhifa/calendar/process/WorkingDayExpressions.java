package org.zhifa.calendar.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.springframework.stereotype.Component;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;

/**
 * The working-day calendar as BPMN expressions see it, e.g. a timer's
 * {@code timeDate="${workingDays.after(decisionDate, 7)}"}. Dates may be whatever a process variable holds: a
 * {@link Date}, a java.time value, or a string as Camunda Forms submit them ({@code 2026-11-27},
 * {@code 2026-11-27T09:30+00:00}).
 */
@Component("workingDays")
public class WorkingDayExpressions {

    private final WorkingDays workingDays;
    private final ZoneId zone;

    public WorkingDayExpressions(WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.zone = clock.getZone();
    }

    /**
     * The moment a period of {@code n} working days after {@code date} has run out: 00:00 (China time) of the day
     * following its last working day. A timer at this moment fires once the whole last day has passed.
     */
    public Date after(Object date, int n) {
        LocalDate lastDay = workingDays.after(toLocalDate(date), n);
        return Deadline.endOf(lastDay, zone);
    }

    /** The last day of a period of {@code n} working days after {@code date}, as {@code yyyy-MM-dd}, for display. */
    public String lastDay(Object date, int n) {
        return workingDays.after(toLocalDate(date), n).toString();
    }

    public boolean isWorkingDay(Object date) {
        return workingDays.isWorkingDay(toLocalDate(date));
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public int between(Object from, Object to) {
        return workingDays.between(toLocalDate(from), toLocalDate(to));
    }

    LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.withZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.atZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof CharSequence text) {
            return parse(text.toString().strip());
        }
        throw new IllegalArgumentException("无法从 " + (value == null ? "空值" : value.getClass().getSimpleName() + " “" + value + "”")
                + " 读出日期");
    }

    private LocalDate parse(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("日期“" + text + "”无法识别，应为 yyyy-MM-dd 或 ISO-8601 日期时间");
            }
        }
    }
}
