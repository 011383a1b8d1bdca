package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

@SuppressWarnings("unchecked")
class CalendarHealthIndicatorTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void upWhileTheCurrentAndComingYearsAreConfigured() {
        Health health = indicator("2026-06-01T10:00:00Z").health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((Collection<Object>) health.getDetails().get("missingYears")).isEmpty();
    }

    @Test
    void warnsWhenNextYearIsNotConfiguredNearTheYearEnd() {
        Health health = indicator("2026-11-27T10:00:00Z").health();

        assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
        assertThat((Collection<Object>) health.getDetails().get("missingYears")).containsExactly(2027);
        assertThat(health.getDetails().get("warnings").toString()).contains("2027 年的节假日安排未配置");
    }

    @Test
    void warnsWhenAComputationTouchedAnUnconfiguredYear() {
        WorkingDays workingDays = CalendarFixtures.shipped();
        workingDays.isWorkingDay(java.time.LocalDate.of(2018, 6, 1));

        Health health = new CalendarHealthIndicator(workingDays, Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), CHINA))
                .health();

        assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
        assertThat((Collection<Object>) health.getDetails().get("missingYears")).containsExactly(2018);
    }

    private static CalendarHealthIndicator indicator(String now) {
        return new CalendarHealthIndicator(CalendarFixtures.shipped(), Clock.fixed(Instant.parse(now), CHINA));
    }
}
