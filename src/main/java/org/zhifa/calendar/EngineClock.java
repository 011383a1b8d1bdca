package org.zhifa.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the server: the process engine's, which timers fire by and tests move, in the agency's zone. Every
 * module takes "now" and "today" from this bean ({@code Instant.now(clock)}, {@code LocalDate.now(clock)}), so that a
 * deadline, a stored time and a timer always agree.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EngineClock(other);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
