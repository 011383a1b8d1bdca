package org.zhifa.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * A deadline counted in working days from the day something happened (PM14 disclosure, PM15 catalogue changes, PM22
 * answers): the last working day, the moment the engine's timer fires (the end of that day) and when the agency head
 * is warned ({@code warningDays} working days before, at 9:00, never before the day after the start).
 */
public record Deadline(LocalDate lastDay, Date due, Date warnAt) {

    public static Deadline of(LocalDate start, int days, int warningDays, WorkingDays workingDays, ZoneId zone) {
        return ending(start, workingDays.after(start, days), warningDays, workingDays, zone);
    }

    /** A deadline on a fixed last day (31 January for the annual statistics), counted from {@code start}. */
    public static Deadline ending(LocalDate start, LocalDate lastDay, int warningDays, WorkingDays workingDays, ZoneId zone) {
        LocalDate warning = lastDay;
        for (int counted = 0; counted < warningDays && warning.isAfter(start);) {
            warning = warning.minusDays(1);
            if (workingDays.isWorkingDay(warning)) {
                counted++;
            }
        }
        if (!warning.isAfter(start)) {
            warning = start.plusDays(1);
        }
        return new Deadline(lastDay, endOf(lastDay, zone), Date.from(warning.atTime(9, 0).atZone(zone).toInstant()));
    }

    /** A period's last day as the moment timers and due dates need: 00:00 of the following day in {@code zone}. */
    public static Date endOf(LocalDate lastDay, ZoneId zone) {
        return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
