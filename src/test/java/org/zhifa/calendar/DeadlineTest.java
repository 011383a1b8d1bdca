package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** PM14 deadlines of catalogue changes and results, counted on the shipped calendar across holidays and make-ups. */
class DeadlineTest {

    private final WorkingDays calendar = CalendarFixtures.shipped();
    private final ZoneId shanghai = ZoneId.of("Asia/Shanghai");

    @Test
    void twentyWorkingDaysAcrossMidAutumnAndNationalDayCountTheMakeUpDays() {
        // Friday 2026-09-18: Sunday 09-20 is worked, 09-25 and 10-01..07 are off, Saturday 10-10 is worked
        Deadline deadline = Deadline.of(LocalDate.of(2026, 9, 18), 20, 2, calendar, shanghai);
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(deadline.due().toInstant()).as("the end of the last day in Kunming")
                .isEqualTo(Instant.parse("2026-10-22T16:00:00Z"));
        assertThat(deadline.warnAt().toInstant()).as("two working days before, 09:00")
                .isEqualTo(Instant.parse("2026-10-20T01:00:00Z"));
    }

    @Test
    void aWarningNeverComesBeforeTheDayAfterTheChange() {
        Deadline deadline = Deadline.of(LocalDate.of(2026, 9, 30), 1, 2, calendar, shanghai);
        assertThat(deadline.lastDay()).as("the next working day after National Day").isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(deadline.warnAt().toInstant()).isAfterOrEqualTo(Instant.parse("2026-10-01T01:00:00Z"));
        assertThat(deadline.warnAt()).isBefore(deadline.due());
    }
}
