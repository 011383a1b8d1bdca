package org.zhifa.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.InvalidInput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Who saw, downloaded, exported or added which evidence, when and why (RM22), append-only and hash-chained like the
 * case record: {@code hash = SHA-256(previous hash ‖ canonical entry)}, one chain for the whole server, its head row
 * locked by each append.
 */
@Component
public class AccessLog {

    static final String GENESIS = "0".repeat(64);
    /** The most characters of a reason a user gives for an access (用途); the log line adds what was done. */
    public static final int MAX_REASON = 500;
    /** What the log's reason column holds; a longer line the server composed keeps its start. */
    private static final int REASON_COLUMN = 1024;
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** One access. */
    public record Entry(long seq, String actor, String action, Long evidenceId, String businessKey, String sha256,
            String reason, Instant at, String previousHash, String hash) {
    }

    /** The result of recomputing the chain: the first entry that fails, if any. */
    public record Check(int entries, boolean valid, Long brokenSeq, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * The reason a user gives for reading or exporting, as it will be logged: required, one line of clean text, at
     * most {@value #MAX_REASON} characters.
     *
     * @param what what the reason is for, for the refusal (下载证据原件, 导出卷宗)
     * @throws InvalidInput naming {@code reason} otherwise
     */
    public static String reason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("字段 reason：" + what + "须写明用途");
        }
        String stripped = reason.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_REASON) {
            throw new InvalidInput("字段 reason：" + what + "的用途最多 " + MAX_REASON + " 个字符，提交了 " + length + " 个");
        }
        if (!CleanText.Check.clean(stripped, false)) {
            throw new InvalidInput("字段 reason：含有换行、控制字符或文字方向控制字符");
        }
        return stripped;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void append(String actor, String action, EvidenceItem item, String reason) {
        append(actor, action, item == null ? null : item.id(), item == null ? null : item.businessKey(),
                item == null ? null : item.sha256(), reason);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void append(String actor, String action, Long evidenceId, String businessKey, String sha256, String reason) {
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from evidence_access_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String previous = (String) head.get("last_hash");
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        // cut to the column in UTF-16 units (H2 counts those, MySQL code points: the stricter fits both), never
        // inside a character
        String logged = reason == null || reason.length() <= REASON_COLUMN ? reason
                : reason.substring(0, Character.isHighSurrogate(reason.charAt(REASON_COLUMN - 2)) ? REASON_COLUMN - 2
                        : REASON_COLUMN - 1) + "…";
        Entry entry = new Entry(seq, actor, action, evidenceId, businessKey, sha256, logged, at, previous, null);
        String hash = hash(previous, entry);
        jdbc.update("insert into evidence_access_log (seq, actor, action, evidence_id, business_key, sha256, reason, "
                + "accessed_at, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, seq);
                    ps.setString(2, actor);
                    ps.setString(3, action);
                    ps.setObject(4, evidenceId);
                    ps.setString(5, businessKey);
                    ps.setString(6, sha256);
                    ps.setString(7, logged);
                    ps.setTimestamp(8, Timestamp.from(at), UTC);
                    ps.setString(9, previous);
                    ps.setString(10, hash);
                });
        jdbc.update("update evidence_access_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
    }

    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        return jdbc.query("select * from evidence_access_log order by seq desc", (rs, n) -> entry(rs), new Object[0])
                .stream().limit(limit).toList();
    }

    @Transactional(readOnly = true)
    public List<Entry> of(long evidenceId) {
        return jdbc.query("select * from evidence_access_log where evidence_id = ? order by seq", (rs, n) -> entry(rs),
                evidenceId);
    }

    /**
     * Recomputes the whole chain and names the first entry that was changed, removed or inserted: the chain up to the
     * head as it stands when the check begins, so an access logged meanwhile is no finding.
     */
    @Transactional(readOnly = true)
    public Check verify() {
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from evidence_access_head where id = 1");
        List<Entry> entries = jdbc.query("select * from evidence_access_log where seq <= ? order by seq",
                (rs, n) -> entry(rs), ((Number) head.get("last_seq")).longValue());
        String previous = GENESIS;
        long expected = 1;
        for (Entry e : entries) {
            if (e.seq() != expected || !e.previousHash().equals(previous) || !hash(previous, e).equals(e.hash())) {
                return new Check(entries.size(), false, e.seq(), e.seq() != expected ? "缺少第 " + expected + " 条访问记录"
                        : "第 " + e.seq() + " 条访问记录被改动或替换");
            }
            previous = e.hash();
            expected++;
        }
        if (((Number) head.get("last_seq")).longValue() != expected - 1 || !previous.equals(head.get("last_hash"))) {
            return new Check(entries.size(), false, expected, "末尾的访问记录被删除");
        }
        return new Check(entries.size(), true, null, null);
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("evidence_id");
        Long evidenceId = rs.wasNull() ? null : id;
        return new Entry(rs.getLong("seq"), rs.getString("actor"), rs.getString("action"), evidenceId,
                rs.getString("business_key"), rs.getString("sha256"), rs.getString("reason"),
                rs.getTimestamp("accessed_at", UTC).toInstant(), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static String hash(String previous, Entry e) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("action", e.action());
        fields.put("actor", e.actor());
        fields.put("at", e.at().toString());
        fields.put("businessKey", e.businessKey());
        fields.put("evidenceId", e.evidenceId());
        fields.put("reason", e.reason());
        fields.put("seq", e.seq());
        fields.put("sha256", e.sha256());
        try {
            byte[] canonical = (previous + JSON.writeValueAsString(fields)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e2) {
            throw new IllegalStateException(e2);
        }
    }
}
