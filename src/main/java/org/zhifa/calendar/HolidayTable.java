package org.zhifa.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contents of a holiday file: which dates are public-holiday days off, which weekend days are make-up working
 * days, and which years the file covers.
 *
 * @param daysOff          holiday days off (a weekday here is not a working day), with the holiday's name
 * @param makeUpWorkingDays weekend days that are working days (调休上班)
 * @param configuredYears  years for which the State Council notice has been entered
 * @param warnings         things an administrator should look at that do not make the file unusable
 */
public record HolidayTable(Map<LocalDate, String> daysOff, Set<LocalDate> makeUpWorkingDays, Set<Integer> configuredYears,
        List<String> warnings) {

    public HolidayTable {
        daysOff = Map.copyOf(daysOff);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        configuredYears = Set.copyOf(configuredYears);
        warnings = List.copyOf(warnings);
    }
}
