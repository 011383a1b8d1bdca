package org.zhifa.documents;

import java.time.Instant;

/**
 * A deployed version of a template; versions are never changed or removed, a document names the ones it was made
 * from.
 *
 * @param agencyCode empty for the template every agency uses
 * @param source     {@code folder} (the templates folder at start-up) or {@code rest}
 */
public record DocumentTemplate(String name, String agencyCode, int version, String sha256, String content,
        String fileName, String source, Instant deployedAt, String deployedBy) {

    /** How a document names it: {@code penalty-decision@3:1f2e…} (with {@code /agency} for an agency's own). */
    public String reference() {
        return name + (agencyCode.isEmpty() ? "" : "/" + agencyCode) + "@" + version + ":" + sha256;
    }
}
