package org.zhifa.cases.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** A period's last day as the moment timers and due dates need: 00:00 of the following day, China time. */
final class Deadlines {

    private Deadlines() {
    }

    static Date endOf(LocalDate lastDay, ZoneId zone) {
        return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
