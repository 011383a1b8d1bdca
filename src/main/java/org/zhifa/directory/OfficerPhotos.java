package org.zhifa.directory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.TooLarge;
import org.zhifa.shared.UnsupportedContent;

/** Officers' photos for the public list of officers (PM7.2): JPEG or PNG, at most 2 MiB, checked by content. */
@Service
public class OfficerPhotos {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** A photo for a certificate needs no more than about 25 megapixels. */
    private static final long MAX_PIXELS = 25_000_000L;
    private static final java.util.Calendar UTC = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png");

    /** A stored photo. */
    public record Photo(String contentType, byte[] content, String sha256, Instant updatedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final Tika tika = new Tika();
    private final Clock clock;

    OfficerPhotos(JdbcTemplate jdbc, Directory directory, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /**
     * Stores or replaces an officer's photo; the change is versioned in the catalogue.
     *
     * @throws org.zhifa.shared.Refusal for an unknown officer, an empty or oversized file, or one that is not a JPEG or PNG
     *                            image by its content
     */
    @Transactional
    public Photo save(String certificateNumber, byte[] content) {
        Officer officer = directory.officer(certificateNumber)
                .orElseThrow(() -> new NotFound("执法证号 " + certificateNumber + " 不在执法人员名录中"));
        if (content == null || content.length == 0) {
            throw new InvalidInput("照片文件为空");
        }
        if (content.length > MAX_BYTES) {
            throw new TooLarge("照片文件 " + content.length + " 字节，超过 2 MiB");
        }
        String type = tika.detect(content);
        if (!TYPES.contains(type)) {
            throw new UnsupportedContent("照片应为 JPEG 或 PNG 图片，上传的文件内容是 " + type);
        }
        String broken = undecodable(content);
        if (broken != null) {
            throw new InvalidInput("照片文件不是完整的 " + (type.endsWith("png") ? "PNG" : "JPEG") + " 图片：" + broken);
        }
        String sha256 = sha256(content);
        Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
        if (jdbc.update("update officer_photos set content_type = ?, content = ?, sha256 = ?, updated_at = ? "
                + "where certificate_number = ?", ps -> {
                    ps.setString(1, type);
                    ps.setBytes(2, content);
                    ps.setString(3, sha256);
                    ps.setTimestamp(4, now, UTC);
                    ps.setString(5, certificateNumber);
                }) == 0) {
            jdbc.update("insert into officer_photos (certificate_number, content_type, content, sha256, updated_at) "
                    + "values (?, ?, ?, ?, ?)", ps -> {
                        ps.setString(1, certificateNumber);
                        ps.setString(2, type);
                        ps.setBytes(3, content);
                        ps.setString(4, sha256);
                        ps.setTimestamp(5, now, UTC);
                    });
        }
        directory.officerChanged(officer, "更换照片（SHA-256 " + sha256.substring(0, 12) + "…）");
        return new Photo(type, content, sha256, now.toInstant());
    }

    /** The certificate numbers of an agency's officers who have a photo, without reading the photos. */
    @Transactional(readOnly = true)
    public Set<String> withPhotos(String agencyCode) {
        return Set.copyOf(jdbc.queryForList("select p.certificate_number from officer_photos p join officers o "
                + "on o.certificate_number = p.certificate_number where o.agency_code = ?", String.class, agencyCode));
    }

    @Transactional(readOnly = true)
    public Optional<Photo> photo(String certificateNumber) {
        return jdbc.query("select * from officer_photos where certificate_number = ?",
                (rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("content"), rs.getString("sha256"),
                        rs.getTimestamp("updated_at", UTC).toInstant()), certificateNumber).stream().findFirst();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why the image cannot be shown as it is — truncated, corrupt, or larger than a photo needs (a decompression bomb)
     * — or null: decoded completely, any decoder warning counting as a failure.
     */
    static String undecodable(byte[] content) {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(
                new java.io.ByteArrayInputStream(content))) {
            var readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return "无法识别的图片格式";
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return "图片尺寸 " + reader.getWidth(0) + "×" + reader.getHeight(0) + " 过大";
                }
                java.util.List<String> warnings = new java.util.ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.read(0);
                return warnings.isEmpty() ? null : "图片数据不完整";
            } finally {
                reader.dispose();
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "图片数据不完整或已损坏";
        }
    }
}
