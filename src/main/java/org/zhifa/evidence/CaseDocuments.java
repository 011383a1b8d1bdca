package org.zhifa.evidence;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;

/**
 * Documents generated for a case (RM3: notices, decisions, service receipts), kept as objects named by their
 * SHA-256: the same bytes are stored once, an object is never overwritten, and the link to the case is a row written
 * in the caller's transaction after the object is stored.
 */
@Service
public class CaseDocuments {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final RowMapper<CaseDocument> ROW = (rs, row) -> new CaseDocument(rs.getString("business_key"),
            rs.getString("sha256"), rs.getString("title"), rs.getString("file_name"), rs.getString("media_type"),
            rs.getLong("size"), rs.getString("object_key"), rs.getTimestamp("created_at", UTC).toInstant(),
            rs.getString("created_by"));

    private final ObjectStorage storage;
    private final JdbcTemplate jdbc;
    private final EvidenceSettings settings;
    private final Clock clock;

    CaseDocuments(ObjectStorage storage, JdbcTemplate jdbc, EvidenceSettings settings, Clock clock) {
        this.clock = clock;
        this.storage = storage;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Stores a generated document and links it to the case.
     *
     * @throws IllegalStateException if the object store fails
     */
    @Transactional
    public CaseDocument store(String businessKey, String title, String fileName, String mediaType, byte[] content,
            String createdBy) {
        String sha256 = storeObject(fileName, mediaType, content);
        String key = "sha256/" + sha256;
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("insert into case_documents (business_key, sha256, title, file_name, media_type, size, object_key, "
                + "created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, businessKey);
                    ps.setString(2, sha256);
                    ps.setString(3, title);
                    ps.setString(4, fileName);
                    ps.setString(5, mediaType);
                    ps.setLong(6, content.length);
                    ps.setString(7, key);
                    ps.setTimestamp(8, Timestamp.from(now), UTC);
                    ps.setString(9, createdBy);
                });
        return new CaseDocument(businessKey, sha256, title, fileName, mediaType, content.length, key, now, createdBy);
    }

    /**
     * Stores bytes that belong to a case's documents without listing them (a document's text rendition), by their
     * SHA-256, kept as long as the dossier.
     *
     * @return the SHA-256, which {@link #openObject} takes
     * @throws IllegalStateException if the object store fails
     */
    public String storeObject(String fileName, String mediaType, byte[] content) {
        String sha256 = sha256(content);
        String key = "sha256/" + sha256;
        try {
            if (!exists(key)) {
                storage.client().putObject(PutObjectArgs.builder().bucket(storage.bucket()).object(key)
                        .stream(new ByteArrayInputStream(content), content.length, -1).contentType(mediaType).build());
                // a document the agency issued belongs to the dossier: kept as long as it (RM21, RM23)
                storage.retain(key, settings.dossierRetentionYears());
            }
        } catch (Exception e) {
            throw new IllegalStateException("文书 " + fileName + " 无法存入对象存储：" + e.getMessage(), e);
        }
        return sha256;
    }

    /**
     * Bytes stored by {@link #storeObject}, checked against their SHA-256; the caller closes the stream.
     *
     * @throws ObjectStorage.ContentChangedException if the stored bytes changed
     */
    public InputStream openObject(String sha256) throws Exception {
        return storage.openVerified("sha256/" + sha256, sha256);
    }

    @Transactional(readOnly = true)
    public List<CaseDocument> of(String businessKey) {
        return jdbc.query("select * from case_documents where business_key = ? order by id", ROW, businessKey);
    }

    @Transactional(readOnly = true)
    public Optional<CaseDocument> find(String businessKey, String sha256) {
        return jdbc.query("select * from case_documents where business_key = ? and sha256 = ? order by id", ROW,
                businessKey, sha256).stream().findFirst();
    }

    /**
     * The document's bytes, checked against its recorded SHA-256; the caller closes the stream.
     *
     * @throws ObjectStorage.ContentChangedException if the stored bytes changed
     */
    public InputStream open(CaseDocument document) throws Exception {
        return storage.openVerified(document.objectKey(), document.sha256());
    }

    private boolean exists(String key) throws Exception {
        try {
            storage.client().statObject(StatObjectArgs.builder().bucket(storage.bucket()).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if (e.errorResponse() != null && "NoSuchKey".equals(e.errorResponse().code())
                    || e.response() != null && e.response().code() == 404) {
                return false;
            }
            throw e;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
