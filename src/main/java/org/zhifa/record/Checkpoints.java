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
    private static final long LISTING_TTL_NANOS = 10_000_000_000L;

    /** A checkpoint, numbered from 1; its object in the store holds the heads it covers. */
    public record Checkpoint(long id, Instant createdAt, long treeSize, String root, String previousRoot, String keyId,
            String signature, String objectKey, boolean timeStamped) {

        /** The exact text the signature covers, for anyone to check with the public key. */
        public String signedStatement() {
            return new String(signedPart(id, previousRoot, createdAt, treeSize, root, keyId), StandardCharsets.UTF_8);
        }
    }

    /** What a case's head was at a checkpoint. */
    record Coverage(Checkpoint checkpoint, long seq, String hash) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectStorage storage;
    private final CheckpointKey key;
    private final TimeStamps timeStamps;
    /** The checkpoint objects, newest first, as last listed (null: list again), and when. */
    private volatile List<String> keys;
    private volatile long listedAt;
    /** What the last listing held: its latest valid checkpoint and the objects that failed (each read and logged once). */
    private volatile Evaluation evaluation;

    private record Loaded(Checkpoint checkpoint, long counter, Map<String, MerkleTree.Leaf> leaves) {
    }

    private record Evaluation(List<String> keys, Loaded latest, List<String> invalid) {
    }

    Checkpoints(JdbcTemplate jdbc, ObjectStorage storage, CheckpointSettings settings) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.key = CheckpointKey.load(settings.keyFile(), settings.generateKey());
        this.timeStamps = new TimeStamps(settings.tsaUrl());
    }

    /**
     * Takes a checkpoint now: every chain head, signed, stored; returns it. A head that no longer extends what the
     * previous checkpoint signed for its case (an entry rewritten, a case removed) is not taken over: the new
     * checkpoint keeps what was signed before, so the rewrite stays in view.
     */
    @Transactional
    public Checkpoint take() {
        Loaded previous = current();
        Map<String, MerkleTree.Leaf> leaves = new HashMap<>();
        jdbc.query("select business_key, last_seq, last_hash from record_chains", (rs, n) -> new MerkleTree.Leaf(
                rs.getString(1), rs.getLong(2), rs.getString(3))).forEach(leaf -> leaves.put(leaf.businessKey(), leaf));
        List<String> disputed = new ArrayList<>();
        if (previous != null) {
            for (MerkleTree.Leaf signed : previous.leaves().values()) {
                MerkleTree.Leaf now = leaves.get(signed.businessKey());
                List<String> at = jdbc.queryForList("select hash from record_entries where business_key = ? and seq = ?",
                        String.class, signed.businessKey(), signed.seq());
                if (now == null || now.seq() < signed.seq() || at.isEmpty() || !at.get(0).equals(signed.hash())) {
                    leaves.put(signed.businessKey(), signed);
                    disputed.add(signed.businessKey());
                }
            }
        }
        if (!disputed.isEmpty()) {
            log.error("全过程记录与上一检查点不符，已保留签名时的链头：{}", disputed);
        }
        List<MerkleTree.Leaf> sorted = new ArrayList<>(leaves.values());
        sorted.sort(Comparator.comparing(MerkleTree.Leaf::businessKey));
        Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        long counter = previous == null ? 1 : previous.counter() + 1;
        String previousRoot = previous == null ? CanonicalForm.GENESIS : previous.checkpoint().root();
        String root = MerkleTree.root(sorted);
        byte[] signed = signedPart(counter, previousRoot, now, sorted.size(), root, key.id());
        String signature = key.sign(signed);
        String token = timeStamps.stamp(signed);
        String objectKey = "checkpoints/" + "%012d".formatted(counter) + "-" + now.toString().replace(":", "") + ".json";
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("counter", counter);
        document.put("previousRoot", previousRoot);
        document.put("createdAt", now.toString());
        document.put("treeSize", sorted.size());
        document.put("root", root);
        document.put("keyId", key.id());
        document.put("signature", signature);
        document.put("publicKey", key.publicKeyPem());
        document.put("timeStampToken", token);
        document.put("disputed", disputed);
        document.put("heads", sorted.stream().map(l -> List.of(l.businessKey(), l.seq(), l.hash())).toList());
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
            ps.setLong(2, sorted.size());
            ps.setString(3, root);
            ps.setString(4, key.id());
            ps.setString(5, signature);
            ps.setString(6, objectKey);
            ps.setString(7, token);
            return ps;
        }, id);
        Checkpoint checkpoint = new Checkpoint(counter, now, sorted.size(), root, previousRoot, key.id(), signature,
                objectKey, token != null);
        keys = null;
        log.info("全过程记录检查点 #{}：{} 个案件，根哈希 {}", counter, sorted.size(), root);
        return checkpoint;
    }

    /** At the configured interval (zhifa.record.checkpoint.interval); the first one an interval after start-up. */
    @Scheduled(fixedDelayString = "${zhifa.record.checkpoint.interval:PT1H}",
            initialDelayString = "${zhifa.record.checkpoint.interval:PT1H}")
    void scheduled() {
        take();
    }

    /** The latest checkpoint, as the object store holds it (see {@link #current()}). */
    public Optional<Checkpoint> latest() {
        return Optional.ofNullable(current()).map(Loaded::checkpoint);
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
     * does not take a rewrite back out of view: the highest-numbered object whose signature, root and number hold. An
     * object that fails (altered, or an older checkpoint put back under a later number) is passed over and reported.
     */
    private Loaded current() {
        List<String> listing = keys;
        if (listing == null || System.nanoTime() - listedAt > LISTING_TTL_NANOS) {
            try {
                listing = storage.keys("checkpoints/").stream().sorted(Comparator.reverseOrder()).toList();
            } catch (Exception e) {
                throw new IllegalStateException("对象存储中的检查点无法列出：" + e.getMessage(), e);
            }
            keys = listing;
            listedAt = System.nanoTime();
        }
        Evaluation last = evaluation;
        if (last != null && last.keys().equals(listing)) {
            return last.latest();
        }
        List<String> bad = new ArrayList<>();
        Loaded latest = null;
        for (String key : listing) {
            latest = load(key);
            if (latest != null) {
                break;
            }
            bad.add(key);
        }
        evaluation = new Evaluation(listing, latest, List.copyOf(bad));
        return latest;
    }

    /** Checkpoint objects that failed their check, newest first; each is a finding for supervisors. */
    List<String> invalid() {
        current();
        Evaluation last = evaluation;
        return last == null ? List.of() : last.invalid();
    }

    @SuppressWarnings("unchecked")
    private Loaded load(String objectKey) {
        try {
            Map<String, Object> document = CanonicalForm.JSON.readValue(storage.read(objectKey), MAP);
            List<MerkleTree.Leaf> leaves = new ArrayList<>();
            for (Object head : (List<Object>) document.get("heads")) {
                List<Object> h = (List<Object>) head;
                leaves.add(new MerkleTree.Leaf((String) h.get(0), ((Number) h.get(1)).longValue(), (String) h.get(2)));
            }
            long counter = ((Number) document.get("counter")).longValue();
            Instant createdAt = Instant.parse((String) document.get("createdAt"));
            String root = MerkleTree.root(leaves);
            String signature = (String) document.get("signature");
            boolean named = objectKey.startsWith("checkpoints/" + "%012d".formatted(counter) + "-");
            if (!named || !root.equals(document.get("root")) || !key.verify(signedPart(counter,
                    (String) document.get("previousRoot"), createdAt, leaves.size(), root, (String) document.get("keyId")),
                    signature)) {
                log.error("检查点 {} 的签名、根哈希或序号不符：检查点被改动或冒充", objectKey);
                return null;
            }
            Map<String, MerkleTree.Leaf> byKey = new HashMap<>();
            leaves.forEach(leaf -> byKey.put(leaf.businessKey(), leaf));
            Checkpoint checkpoint = new Checkpoint(counter, createdAt, leaves.size(), root,
                    (String) document.get("previousRoot"), (String) document.get("keyId"), signature, objectKey,
                    document.get("timeStampToken") != null);
            return new Loaded(checkpoint, counter, byKey);
        } catch (Exception | LinkageError e) {
            log.error("检查点 {} 无法读取：{}", objectKey, e.getMessage());
            return null;
        }
    }

    /** The bytes a checkpoint's signature covers: its number, the root before it, its time, size, root and key. */
    static byte[] signedPart(long counter, String previousRoot, Instant createdAt, long treeSize, String root,
            String keyId) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("counter", counter);
        header.put("createdAt", createdAt.toString());
        header.put("keyId", keyId);
        header.put("previousRoot", previousRoot);
        header.put("root", root);
        header.put("treeSize", treeSize);
        return CanonicalForm.json(header).getBytes(StandardCharsets.UTF_8);
    }
}
