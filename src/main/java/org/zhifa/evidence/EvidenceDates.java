package org.zhifa.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.PlausibleDate;

/**
 * When evidence was made, as clients send it: a moment that has passed (recorded, collected) and the day officers
 * returned from field work (RM20), both between 1949-10-01 and now by the engine's clock, so that no future day hides
 * a late storage and no year the database refuses is accepted after the bytes are stored.
 */
final class EvidenceDates {

    /** How far a device clock may run ahead of the server's. */
    private static final long CLOCK_SKEW_SECONDS = 300;

    private EvidenceDates() {
    }

    /** An ISO date (its start in the clock's zone) or date-time that has passed; null if blank. */
    static Instant passed(String text, String field, Clock clock) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(clock.getZone()).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + " “" + text + "”不是 ISO-8601 日期或日期时间");
        }
        if (at.isAfter(Instant.now(clock).plusSeconds(CLOCK_SKEW_SECONDS))
                || at.isBefore(PlausibleDate.EARLIEST.atStartOfDay(clock.getZone()).toInstant())) {
            throw new InvalidInput(field + " " + text + " 不在 " + PlausibleDate.EARLIEST + " 至当前时间之间");
        }
        return at;
    }

    /** The day officers returned: an ISO date from 1949-10-01 to today; null if blank. */
    static LocalDate returned(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("returnedAt “" + text + "”不是日期（应为 yyyy-MM-dd）");
        }
        // the officers have returned when they store the record: a later day would hide a late storage (RM20)
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), clock.getZone());
        if (day.isAfter(today) || day.isBefore(PlausibleDate.EARLIEST)) {
            throw new InvalidInput("returnedAt " + day + " 不在 " + PlausibleDate.EARLIEST + " 至今天（" + today + "）之间");
        }
        return day;
    }
}
