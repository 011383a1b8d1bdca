package org.zhifa.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StorageUnavailable;

/**
 * RM21: an audio-video record used as evidence gets a written note — who collected it, when, where — and from then on
 * is kept as long as the dossier: where the store enforces retention, the object's retention is extended to it.
 * Notes are added, never changed.
 */
@Service
public class EvidenceNotes {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** A written evidence note. */
    public record Note(long id, long evidenceId, String collector, Instant collectedAt, String place, String remarks,
            String writtenBy, Instant writtenAt) {
    }

    private final JdbcTemplate jdbc;
    private final EvidenceAccess access;
    private final ObjectStorage storage;
    private final EvidenceSettings settings;
    private final Clock clock;

    EvidenceNotes(JdbcTemplate jdbc, EvidenceAccess access, ObjectStorage storage, EvidenceSettings settings,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.access = access;
        this.storage = storage;
        this.settings = settings;
    }

    /**
     * @throws Refusal naming the missing or wrong field; not found for an unknown record, not permitted for a user who may
     *                           not see it
     */
    @Transactional
    public Note add(long evidenceId, String collector, String collectedAt, String place, String remarks, String user,
            List<String> groups) {
        EvidenceItem item = access.view(evidenceId, user, groups);
        if (collector == null || collector.isBlank()) {
            throw new InvalidInput("证据说明缺少 collector（采集人）");
        }
        if (place == null || place.isBlank()) {
            throw new InvalidInput("证据说明缺少 place（采集地点）");
        }
        Instant collected = instant(collectedAt);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("insert into evidence_notes (evidence_id, collector, collected_at, place, remarks, written_by, "
                + "written_at) values (?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, evidenceId);
                    ps.setString(2, collector.strip());
                    ps.setTimestamp(3, Timestamp.from(collected), UTC);
                    ps.setString(4, place.strip());
                    ps.setString(5, remarks);
                    ps.setString(6, user);
                    ps.setTimestamp(7, Timestamp.from(now), UTC);
                });
        try {
            storage.retain(item.objectKey(), settings.dossierRetentionYears());
        } catch (Exception e) {
            throw new StorageUnavailable("证据 " + evidenceId + " 的保存期限未能延长：" + e.getMessage());
        }
        return of(evidenceId).get(of(evidenceId).size() - 1);
    }

    @Transactional(readOnly = true)
    public List<Note> of(long evidenceId) {
        return jdbc.query("select * from evidence_notes where evidence_id = ? order by id", (rs, n) -> new Note(
                rs.getLong("id"), rs.getLong("evidence_id"), rs.getString("collector"),
                rs.getTimestamp("collected_at", UTC).toInstant(), rs.getString("place"), rs.getString("remarks"),
                rs.getString("written_by"), rs.getTimestamp("written_at", UTC).toInstant()), evidenceId);
    }

    private Instant instant(String text) {
        // collected before it is described
        Instant at = EvidenceDates.passed(text, "collectedAt", clock);
        if (at == null) {
            throw new InvalidInput("证据说明缺少 collectedAt（采集时间）");
        }
        return at;
    }
}
