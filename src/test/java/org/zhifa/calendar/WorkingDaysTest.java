package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines counted in working days on the shipped calendar, checked by hand against the State Council notices:
 * the day of the event is not counted (Penalty Law Art. 85, Licensing Law Art. 82).
 */
class WorkingDaysTest {

    private final WorkingDays workingDays = CalendarFixtures.shipped();

    @Test
    void weekdayHolidaysAreDaysOffAndMakeUpWeekendsAreWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse(); // Monday, 国庆节
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // Saturday, 调休
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue(); // Sunday, 调休 after 元旦
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // ordinary Saturday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue(); // ordinary Friday
        assertThat(workingDays.holidayOn(LocalDate.of(2026, 2, 17))).contains("春节");
    }

    @ParameterizedTest(name = "{3}: {0} + {1} working days = {2}")
    @CsvSource({
            // National Day 2026: 10-01..10-07 off, Saturday 10-10 worked
            "2026-09-30, 1, 2026-10-08, first working day after the National Day run",
            "2026-09-30, 3, 2026-10-10, make-up Saturday counts",
            "2026-09-30, 4, 2026-10-12, then Monday",
            // Spring Festival 2026: 02-15..02-23 off, Saturdays 02-14 and 02-28 worked
            "2026-02-13, 1, 2026-02-14, make-up Saturday before the festival",
            "2026-02-13, 2, 2026-02-24, nine days off skipped",
            // year boundary: 2026-01-01..03 off, Sunday 01-04 worked
            "2025-12-31, 1, 2026-01-04, make-up Sunday across the year",
            "2025-12-31, 2, 2026-01-05, then Monday",
            // hearing request window of 5 working days (Penalty Law Art. 64) from a notice served before 劳动节
            "2026-04-30, 5, 2026-05-11, 05-01..05-05 off and Saturday 05-09 worked",
            // publication within 7 working days (PM14) of a decision before 中秋节 and 国庆节
            "2026-09-24, 7, 2026-10-12, both holidays and a make-up Saturday",
            // RM20: AV records stored within 2 working days of a Friday recording
            "2026-11-27, 2, 2026-12-01, plain weekend",
            "2026-11-27, 0, 2026-11-27, zero days is the day itself",
            // 2020 Spring Festival as extended: 01-24..02-02 off, 01-19 worked
            "2020-01-23, 1, 2020-02-03, ten days off"
    })
    void afterCountsWorkingDaysFromTheNextDay(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(workingDays.after(from, days)).as(why).isEqualTo(expected);
    }

    @Test
    void betweenIsTheInverseOfAfter() {
        LocalDate from = LocalDate.of(2025, 12, 20);
        for (int n = 0; n <= 60; n++) {
            assertThat(workingDays.between(from, workingDays.after(from, n))).isEqualTo(n);
        }
        assertThat(workingDays.between(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 9, 24))).isEqualTo(-7);
    }

    @Test
    void unconfiguredYearCountsWeekendsOnlyAndIsReported() {
        assertThat(workingDays.unconfiguredYearsUsed()).isEmpty();

        // 2027-01-01 is a Friday; with no notice for 2027 yet it counts as a working day
        assertThat(workingDays.after(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(workingDays.isConfigured(2027)).isFalse();
        assertThat(workingDays.unconfiguredYearsUsed()).containsExactly(2027);
    }

    @Test
    void negativePeriodsAreRefused() {
        assertThatThrownBy(() -> workingDays.after(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
