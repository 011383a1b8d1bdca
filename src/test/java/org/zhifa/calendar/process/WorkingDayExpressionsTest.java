package org.zhifa.calendar.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.zhifa.calendar.CalendarFixtures;
import org.zhifa.calendar.EngineClock;

/** The calendar as BPMN timers and due dates call it, with the values Camunda Forms submit. */
class WorkingDayExpressionsTest {

    private final WorkingDayExpressions workingDays = new WorkingDayExpressions(CalendarFixtures.shipped(),
            new EngineClock(ZoneId.of("Asia/Shanghai")));

    @Test
    void afterIsMidnightChinaTimeAfterTheLastWorkingDay() {
        // decision on 2026-09-24: the 7th working day is 2026-10-12, so the period runs out at 10-13 00:00 (+08:00)
        assertThat(workingDays.after("2026-09-24", 7)).isEqualTo(Date.from(Instant.parse("2026-10-12T16:00:00Z")));
        assertThat(workingDays.lastDay("2026-09-24", 7)).isEqualTo("2026-10-12");
    }

    @Test
    void acceptsWhatProcessVariablesHold() {
        Date expected = Date.from(Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(workingDays.after(LocalDate.of(2026, 11, 27), 2)).isEqualTo(expected);
        assertThat(workingDays.after("2026-11-27T09:30+08:00", 2)).isEqualTo(expected);
        // 2026-11-26T20:00Z is already 11-27 in China
        assertThat(workingDays.after(Date.from(Instant.parse("2026-11-26T20:00:00Z")), 2)).isEqualTo(expected);
        assertThat(workingDays.after("2026-11-27T09:30:00", 2)).isEqualTo(expected);
    }

    @Test
    void isWorkingDayAndBetween() {
        assertThat(workingDays.isWorkingDay("2026-10-10")).isTrue();
        assertThat(workingDays.between("2026-09-24", "2026-10-12")).isEqualTo(7);
    }

    @Test
    void unreadableDateSaysWhatItGot() {
        assertThatThrownBy(() -> workingDays.after("27/11/2026", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("27/11/2026");
        assertThatThrownBy(() -> workingDays.after(null, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("空值");
        assertThatThrownBy(() -> workingDays.after(42, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Integer");
    }
}
