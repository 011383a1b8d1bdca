package org.zhifa.record;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes entries with plain JDBC inside the caller's transaction: lock the case's chain head, insert the entries in
 * one batch, move the head. Times go in as UTC, as Hibernate ({@code hibernate.jdbc.time_zone=UTC}) reads them back.
 */
@Component
class RecordWriter {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final JdbcTemplate jdbc;

    RecordWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the steps of one case in order; returns the entries written. */
    List<RecordEntry> append(String businessKey, List<Step> steps, Instant recordedAt) {
        List<Head> heads = jdbc.query("select last_seq, last_hash from record_chains where business_key = ? for update",
                (rs, row) -> new Head(rs.getLong(1), rs.getString(2)), businessKey);
        boolean newChain = heads.isEmpty();
        Head head = newChain ? new Head(0, CanonicalForm.GENESIS) : heads.get(0);
        List<RecordEntry> entries = new ArrayList<>(steps.size());
        long seq = head.seq();
        String previous = head.hash();
        for (Step step : steps) {
            RecordEntry entry = new RecordEntry(step, ++seq, CanonicalForm.json(step.formValues()),
                    CanonicalForm.json(step.evidence()), CanonicalForm.json(step.detail()), recordedAt, previous);
            entries.add(entry);
            previous = entry.getHash();
        }
        jdbc.batchUpdate("insert into record_entries (business_key, seq, process_definition_id, process_definition_key, "
                + "process_definition_version, process_instance_id, activity_id, activity_name, activity_type, law, "
                + "actor, started_at, ended_at, form_values, evidence, detail, recorded_at, previous_hash, hash) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries, entries.size(),
                RecordWriter::bind);
        RecordEntry last = entries.get(entries.size() - 1);
        if (newChain) {
            jdbc.update("insert into record_chains (business_key, last_seq, last_hash, updated_at) values (?, ?, ?, ?)",
                    ps -> {
                        ps.setString(1, businessKey);
                        ps.setLong(2, last.getSeq());
                        ps.setString(3, last.getHash());
                        ps.setTimestamp(4, Timestamp.from(last.getRecordedAt()), UTC);
                    });
        } else {
            jdbc.update("update record_chains set last_seq = ?, last_hash = ?, updated_at = ? where business_key = ?",
                    ps -> {
                        ps.setLong(1, last.getSeq());
                        ps.setString(2, last.getHash());
                        ps.setTimestamp(3, Timestamp.from(last.getRecordedAt()), UTC);
                        ps.setString(4, businessKey);
                    });
        }
        return entries;
    }

    private static void bind(PreparedStatement ps, RecordEntry e) throws SQLException {
        ps.setString(1, e.getBusinessKey());
        ps.setLong(2, e.getSeq());
        ps.setString(3, e.getProcessDefinitionId());
        ps.setString(4, e.getProcessDefinitionKey());
        ps.setInt(5, e.getProcessDefinitionVersion());
        ps.setString(6, e.getProcessInstanceId());
        ps.setString(7, e.getActivityId());
        nullable(ps, 8, e.getActivityName());
        ps.setString(9, e.getActivityType());
        nullable(ps, 10, e.getLaw());
        ps.setString(11, e.getActor());
        ps.setTimestamp(12, Timestamp.from(e.getStartedAt()), UTC);
        ps.setTimestamp(13, Timestamp.from(e.getEndedAt()), UTC);
        ps.setString(14, e.getFormValues());
        ps.setString(15, e.getEvidence());
        ps.setString(16, e.getDetail());
        ps.setTimestamp(17, Timestamp.from(e.getRecordedAt()), UTC);
        ps.setString(18, e.getPreviousHash());
        ps.setString(19, e.getHash());
    }

    private static void nullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private record Head(long seq, String hash) {
    }
}
