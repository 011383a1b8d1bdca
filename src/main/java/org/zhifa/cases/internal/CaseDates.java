package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.zhifa.shared.PlausibleDate;

/**
 * Dates as the forms send them — {@code yyyy-MM-dd}, or a date-time with its offset as Camunda Forms' datetime
 * field sends it — read whole (nothing after the date is ignored), and the span a case's date can plausibly lie in.
 */
public final class CaseDates {

    /** Nothing in a case happened before the founding of the state. */
    public static final LocalDate EARLIEST = PlausibleDate.EARLIEST;
    /** How far ahead a case's date can lie (a hearing, a deadline, a certificate's validity). */
    public static final int YEARS_AHEAD = PlausibleDate.YEARS_AHEAD;

    private CaseDates() {
    }

    /** @throws DateTimeParseException when the text is not exactly a date or a date-time with offset */
    public static LocalDate parse(String text, ZoneId zone) {
        String value = text.strip();
        return value.length() == 10 ? LocalDate.parse(value)
                : OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDate();
    }

    /** Why the date cannot be a case's, or null when it can. */
    public static String implausible(LocalDate date, LocalDate today) {
        LocalDate latest = today.plusYears(YEARS_AHEAD);
        return date.isBefore(EARLIEST) || date.isAfter(latest) ? "“" + date + "”不在 " + EARLIEST + " 至 " + latest
                + " 之间" : null;
    }
}
