package org.zhifa.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days in mainland China: Monday to Friday, less public holidays, plus make-up working days (调休). A period
 * of n working days after an event does not count the day of the event (Administrative Penalty Law Art. 85,
 * Administrative Licensing Law Art. 82). Years the holiday file does not cover are counted by weekends only and
 * reported once in the log and always in {@link #unconfiguredYearsUsed()}.
 */
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);
    private static final int LONGEST_PERIOD = 10_000;

    private final HolidayTable table;
    private final Set<Integer> unconfiguredYearsUsed = ConcurrentHashMap.newKeySet();

    public WorkingDays(HolidayTable table) {
        this.table = table;
    }

    /** Whether {@code date} is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        noteYear(date.getYear());
        if (table.daysOff().containsKey(date)) {
            return false;
        }
        if (table.makeUpWorkingDays().contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code n} working days that begins after {@code date}: the n-th working day after
     * it. {@code after(d, 0)} is {@code d}.
     *
     * @throws IllegalArgumentException if n is negative or absurdly large
     */
    public LocalDate after(LocalDate date, int n) {
        if (n < 0 || n > LONGEST_PERIOD) {
            throw new IllegalArgumentException("工作日数应在 0 到 " + LONGEST_PERIOD + " 之间，实为 " + n);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from}. So {@code between(d, after(d, n)) == n}.
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The public holiday a date belongs to, if it is a holiday day off. */
    public Optional<String> holidayOn(LocalDate date) {
        return Optional.ofNullable(table.daysOff().get(date));
    }

    /** Whether the State Council notice for {@code year} has been entered. */
    public boolean isConfigured(int year) {
        return table.configuredYears().contains(year);
    }

    public SortedSet<Integer> configuredYears() {
        return new TreeSet<>(table.configuredYears());
    }

    /** Years without holiday data that a computation has touched since start-up. */
    public SortedSet<Integer> unconfiguredYearsUsed() {
        return new TreeSet<>(unconfiguredYearsUsed);
    }

    /** Problems in the holiday file that did not stop it from loading. */
    public java.util.List<String> fileWarnings() {
        return table.warnings();
    }

    private void noteYear(int year) {
        if (!table.configuredYears().contains(year) && unconfiguredYearsUsed.add(year)) {
            log.warn("工作日历未配置 {} 年的节假日安排，该年暂按周末计算；请管理员在工作日历文件中添加国务院通知的安排", year);
        }
    }
}
