package org.zhifa.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The evidence rows: written once, never updated or deleted. */
@Component
class EvidenceItems {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RowMapper<EvidenceItem> row = (rs, n) -> new EvidenceItem(rs.getLong("id"), rs.getString("business_key"),
            rs.getString("step"), rs.getString("kind"), read(rs.getString("focus"), new TypeReference<List<String>>() {
            }), rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at", UTC)), rs.getString("place"),
            rs.getString("device_id"), rs.getString("file_name"), rs.getString("declared_type"),
            rs.getString("detected_type"), rs.getString("sha256"), rs.getLong("size"), rs.getString("object_key"),
            read(rs.getString("metadata"), new TypeReference<Map<String, String>>() {
            }), rs.getString("metadata_status"), rs.getString("uploaded_by"), instant(rs.getTimestamp("uploaded_at", UTC)),
            date(rs.getDate("returned_at")), date(rs.getDate("storage_last_day")), rs.getBoolean("stored_late"),
            longOrNull(rs.getLong("derived_from"), rs.wasNull()), rs.getString("derivation"),
            rs.getString("derivation_reason"));

    EvidenceItems(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    EvidenceItem insert(EvidenceItem item) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Instant uploaded = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into evidence_items (business_key, step, kind, focus, recorded_by, "
                    + "recorded_at, place, device_id, file_name, declared_type, detected_type, sha256, size, object_key, "
                    + "metadata, metadata_status, uploaded_by, uploaded_at, returned_at, storage_last_day, stored_late, "
                    + "derived_from, derivation, derivation_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setString(1, item.businessKey());
            ps.setString(2, item.step());
            ps.setString(3, item.kind());
            ps.setString(4, write(item.focus()));
            ps.setString(5, item.recordedBy());
            ps.setTimestamp(6, item.recordedAt() == null ? null : Timestamp.from(item.recordedAt()), UTC);
            ps.setString(7, item.place());
            ps.setString(8, item.deviceId());
            ps.setString(9, item.fileName());
            ps.setString(10, item.declaredType());
            ps.setString(11, item.detectedType());
            ps.setString(12, item.sha256());
            ps.setLong(13, item.size());
            ps.setString(14, item.objectKey());
            ps.setString(15, write(item.metadata()));
            ps.setString(16, item.metadataStatus());
            ps.setString(17, item.uploadedBy());
            ps.setTimestamp(18, Timestamp.from(uploaded), UTC);
            ps.setObject(19, item.returnedAt() == null ? null : java.sql.Date.valueOf(item.returnedAt()));
            ps.setObject(20, item.storageLastDay() == null ? null : java.sql.Date.valueOf(item.storageLastDay()));
            ps.setBoolean(21, item.storedLate());
            ps.setObject(22, item.derivedFrom());
            ps.setString(23, item.derivation());
            ps.setString(24, item.derivationReason());
            return ps;
        }, key);
        return find(key.getKey().longValue()).orElseThrow();
    }

    @Transactional(readOnly = true)
    Optional<EvidenceItem> find(long id) {
        return jdbc.query("select * from evidence_items where id = ?", row, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    List<EvidenceItem> ofCase(String businessKey) {
        return jdbc.query("select * from evidence_items where business_key = ? order by id", row, businessKey);
    }

    @Transactional(readOnly = true)
    boolean referenced(String sha256) {
        Integer rows = jdbc.queryForObject("select (select count(*) from evidence_items where sha256 = ?) "
                + "+ (select count(*) from case_documents where sha256 = ?)", Integer.class, sha256, sha256);
        return rows != null && rows > 0;
    }

    @Transactional(readOnly = true)
    List<String> objectKeys() {
        return jdbc.queryForList("select distinct object_key from evidence_items union select distinct object_key "
                + "from case_documents", String.class);
    }

    @Transactional(readOnly = true)
    List<EvidenceItem> storedLate() {
        return jdbc.query("select * from evidence_items where stored_late = true order by id desc", row);
    }

    private static Long longOrNull(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    private static java.time.LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence JSON is unreadable: " + json, e);
        }
    }
}
