package org.zhifa.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.zhifa.calendar.WorkingDays;

/**
 * RM20: an audio-video record must be stored within 2 working days of being made; after continuous, field, water or
 * remote work, within 2 working days of the officers' return (the return date is recorded). Late storage is flagged on
 * the record and listed for supervisors (RM24.3).
 */
@Service
public class StorageDeadlines {

    static final int WORKING_DAYS = 2;

    private final WorkingDays workingDays;
    private final EvidenceItems items;
    private final Clock clock;

    StorageDeadlines(WorkingDays workingDays, EvidenceItems items, Clock clock) {
        this.clock = clock;
        this.workingDays = workingDays;
        this.items = items;
    }

    /** The last day to store a record made at {@code recordedAt}, or after a return on {@code returnedAt}. */
    public LocalDate lastDay(Instant recordedAt, LocalDate returnedAt) {
        LocalDate from = returnedAt != null ? returnedAt : recordedAt.atZone(clock.getZone()).toLocalDate();
        return workingDays.after(from, WORKING_DAYS);
    }

    public boolean late(LocalDate lastDay, Instant storedAt) {
        return storedAt.atZone(clock.getZone()).toLocalDate().isAfter(lastDay);
    }

    public List<EvidenceItem> storedLate() {
        return items.storedLate();
    }
}
