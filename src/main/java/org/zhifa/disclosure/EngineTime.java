package org.zhifa.disclosure;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's idea of now and of who acts, for the steps of the disclosure processes: the engine clock (which tests
 * and timers move), whole seconds for stored times, and the user of the current engine command or {@code system}.
 */
final class EngineTime {

    private EngineTime() {
    }

    static LocalDate today(ZoneId zone) {
        return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    }

    static Timestamp now() {
        return Timestamp.from(ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    static String actor() {
        String user = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthenticatedUserId();
        return user == null ? "system" : user;
    }
}
