package org.zhifa.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an evidence record is, and which media types its bytes may have: Tika's detected type must fit the declared
 * kind, so an executable declared as a video is refused.
 */
public enum EvidenceKind {

    DOCUMENT("document", "文字记录", List.of("application/pdf", "text/", "image/", "application/msword",
            "application/vnd.openxmlformats-officedocument.", "application/vnd.ms-excel", "application/x-tika-ooxml",
            "application/vnd.oasis.opendocument.", "application/rtf", "application/xml")),
    PHOTO("photo", "照片", List.of("image/")),
    AUDIO("audio", "录音", List.of("audio/")),
    VIDEO("video", "录像", List.of("video/", "application/mp4"));

    private final String code;
    private final String label;
    private final List<String> allowedTypes;

    EvidenceKind(String code, String label, List<String> allowedTypes) {
        this.code = code;
        this.label = label;
        this.allowedTypes = allowedTypes;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean allows(String mediaType) {
        return allowedTypes.stream().anyMatch(t -> t.endsWith("/") || t.endsWith(".") ? mediaType.startsWith(t)
                : mediaType.equals(t));
    }

    public static Optional<EvidenceKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** What AV records show (RM12): the scene, people, key items, measures taken, documents made and served, other. */
    public static final List<String> FOCUS = List.of("scene", "people", "items", "measures", "documents", "other");
}
