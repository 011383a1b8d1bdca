package org.zhifa.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Reports WARNING while a year that deadlines fall in has no holiday data: the current year, any year within the next
 * 60 days, and any year a computation has already touched. Deadlines computed then count weekends only.
 */
@Component
class CalendarHealthIndicator extends AbstractHealthIndicator {

    static final Status WARNING = new Status("WARNING", "工作日历缺少节假日安排");
    private static final int LOOK_AHEAD_DAYS = 60;

    private final WorkingDays workingDays;
    private final Clock clock;

    CalendarHealthIndicator(WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        LocalDate today = LocalDate.now(clock);
        SortedSet<Integer> missing = new TreeSet<>(workingDays.unconfiguredYearsUsed());
        for (int year = today.getYear(); year <= today.plusDays(LOOK_AHEAD_DAYS).getYear(); year++) {
            if (!workingDays.isConfigured(year)) {
                missing.add(year);
            }
        }
        List<String> warnings = new ArrayList<>(workingDays.fileWarnings());
        missing.forEach(year -> warnings.add(year + " 年的节假日安排未配置，期限暂按周末计算"));
        builder.status(missing.isEmpty() ? Status.UP : WARNING)
                .withDetail("configuredYears", workingDays.configuredYears())
                .withDetail("missingYears", missing)
                .withDetail("warnings", warnings);
    }
}
