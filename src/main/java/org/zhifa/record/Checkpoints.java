package org.zhifa.record;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.evidence.ObjectStorage;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Tamper evidence outside the database (RM4, RM24.4), as Certificate Transparency keeps its log honest: at an interval
 * the server takes every case's chain head, computes their Merkle root ({@link MerkleTree}), signs it with a key that
 * is not in the database ({@link CheckpointKey}), time-stamps it when an RFC 3161 authority is configured
 * ({@link TimeStamps}), and keeps the checkpoint — with every head it covers — in the object store, under object lock
 * in production. Someone who rewrites record rows and recomputes their hashes cannot make the heads match a
 * checkpoint again: verification names the case and the entry that no longer match.
 */
@Service
public class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** A checkpoint as the database lists it; its object holds the heads it covers. */
    public record Checkpoint(long id, Instant createdAt, long treeSize, String root, String keyId, String signature,
            String objectKey, boolean timeStamped) {
    }

    /** What a case's head was at a checkpoint. */
    record Coverage(Checkpoint checkpoint, long seq, String hash) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectStorage storage;
    private final CheckpointKey key;
    private final TimeStamps timeStamps;
    private volatile Loaded loaded;

    private record Loaded(Checkpoint checkpoint, Map<String, MerkleTree.Leaf> leaves) {
    }

    Checkpoints(JdbcTemplate jdbc, ObjectStorage storage, CheckpointSettings settings) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.key = CheckpointKey.load(settings.keyFile(), settings.generateKey());
        this.timeStamps = new TimeStamps(settings.tsaUrl());
    }

    /** Takes a checkpoint now: every chain head, signed, stored; returns it. */
    @Transactional
    public Checkpoint take() {
        List<MerkleTree.Leaf> leaves = new ArrayList<>(jdbc.query(
                "select business_key, last_seq, last_hash from record_chains",
                (rs, n) -> new MerkleTree.Leaf(rs.getString(1), rs.getLong(2), rs.getString(3))));
        leaves.sort(Comparator.comparing(MerkleTree.Leaf::businessKey));
        Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        String root = MerkleTree.root(leaves);
        byte[] signed = signedPart(now, leaves.size(), root, key.id());
        String signature = key.sign(signed);
        String token = timeStamps.stamp(signed);
        String objectKey = "checkpoints/" + now.toString().replace(":", "") + "-" + root.substring(0, 16) + ".json";
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("createdAt", now.toString());
        document.put("treeSize", leaves.size());
        document.put("root", root);
        document.put("keyId", key.id());
        document.put("signature", signature);
        document.put("publicKey", key.publicKeyPem());
        document.put("timeStampToken", token);
        document.put("heads", leaves.stream().map(l -> List.of(l.businessKey(), l.seq(), l.hash())).toList());
        try {
            storage.putProtected(objectKey, CanonicalForm.json(document).getBytes(StandardCharsets.UTF_8),
                    "application/json");
        } catch (Exception e) {
            throw new IllegalStateException("检查点无法存入对象存储：" + e.getMessage(), e);
        }
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into record_checkpoints (created_at, tree_size, root_hash, "
                    + "key_id, signature, object_key, tsa_token) values (?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setTimestamp(1, Timestamp.from(now), UTC);
            ps.setLong(2, leaves.size());
            ps.setString(3, root);
            ps.setString(4, key.id());
            ps.setString(5, signature);
            ps.setString(6, objectKey);
            ps.setString(7, token);
            return ps;
        }, id);
        Checkpoint checkpoint = new Checkpoint(id.getKey().longValue(), now, leaves.size(), root, key.id(), signature,
                objectKey, token != null);
        log.info("全过程记录检查点 #{}：{} 个案件，根哈希 {}", checkpoint.id(), leaves.size(), root);
        return checkpoint;
    }

    /** At the configured interval (zhifa.record.checkpoint.interval); the first one an interval after start-up. */
    @Scheduled(fixedDelayString = "${zhifa.record.checkpoint.interval:PT1H}",
            initialDelayString = "${zhifa.record.checkpoint.interval:PT1H}")
    void scheduled() {
        take();
    }

    @Transactional(readOnly = true)
    public Optional<Checkpoint> latest() {
        return jdbc.query("select * from record_checkpoints order by id desc", (rs, n) -> new Checkpoint(rs.getLong("id"),
                rs.getTimestamp("created_at", UTC).toInstant(), rs.getLong("tree_size"), rs.getString("root_hash"),
                rs.getString("key_id"), rs.getString("signature"), rs.getString("object_key"),
                rs.getString("tsa_token") != null)).stream().findFirst();
    }

    /** The public key checkpoints are signed with, as PEM. */
    public String publicKey() {
        return key.publicKeyPem();
    }

    /**
     * What the latest checkpoint holds for the case, read from the object store and checked there: its signature and
     * its root over all the heads it lists. A checkpoint that fails the check is reported, not used.
     *
     * @throws IllegalStateException if the stored checkpoint was altered
     */
    Optional<Coverage> coverage(String businessKey) {
        Loaded current = current();
        MerkleTree.Leaf leaf = current == null ? null : current.leaves().get(businessKey);
        return leaf == null ? Optional.empty() : Optional.of(new Coverage(current.checkpoint(), leaf.seq(), leaf.hash()));
    }

    /** Every case the latest checkpoint covers. */
    List<String> covered() {
        Loaded current = current();
        return current == null ? List.of() : List.copyOf(current.leaves().keySet());
    }

    /**
     * The latest checkpoint as the object store keeps it — found there, not in the database, so that removing its row
     * does not take a rewrite back out of view.
     */
    private Loaded current() {
        String latestKey;
        try {
            latestKey = storage.keys("checkpoints/").stream().max(Comparator.naturalOrder()).orElse(null);
        } catch (Exception e) {
            throw new IllegalStateException("对象存储中的检查点无法列出：" + e.getMessage(), e);
        }
        if (latestKey == null) {
            return null;
        }
        Loaded current = loaded;
        if (current == null || !current.checkpoint().objectKey().equals(latestKey)) {
            current = load(latestKey);
            loaded = current;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private Loaded load(String objectKey) {
        Map<String, Object> document;
        try {
            document = CanonicalForm.JSON.readValue(storage.read(objectKey), MAP);
        } catch (Exception e) {
            throw new IllegalStateException("检查点 " + objectKey + " 无法从对象存储读取：" + e.getMessage(), e);
        }
        List<MerkleTree.Leaf> leaves = new ArrayList<>();
        for (Object head : (List<Object>) document.get("heads")) {
            List<Object> h = (List<Object>) head;
            leaves.add(new MerkleTree.Leaf((String) h.get(0), ((Number) h.get(1)).longValue(), (String) h.get(2)));
        }
        Instant createdAt = Instant.parse((String) document.get("createdAt"));
        String root = MerkleTree.root(leaves);
        String signature = (String) document.get("signature");
        if (!root.equals(document.get("root"))
                || !key.verify(signedPart(createdAt, leaves.size(), root, (String) document.get("keyId")), signature)) {
            throw new IllegalStateException("检查点 " + objectKey + " 的签名或根哈希不符：检查点本身被改动");
        }
        Map<String, MerkleTree.Leaf> byKey = new HashMap<>();
        leaves.forEach(leaf -> byKey.put(leaf.businessKey(), leaf));
        Checkpoint checkpoint = new Checkpoint(-1, createdAt, leaves.size(), root, (String) document.get("keyId"),
                signature, objectKey, document.get("timeStampToken") != null);
        return new Loaded(checkpoint, byKey);
    }

    /** The bytes a checkpoint's signature covers: its time, size, root and key. */
    static byte[] signedPart(Instant createdAt, long treeSize, String root, String keyId) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("createdAt", createdAt.toString());
        header.put("keyId", keyId);
        header.put("root", root);
        header.put("treeSize", treeSize);
        return CanonicalForm.json(header).getBytes(StandardCharsets.UTF_8);
    }
}
