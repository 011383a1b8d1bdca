package org.zhifa.evidence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How evidence is taken in.
 *
 * @param headBytes         bytes kept in memory to detect the media type and read metadata
 * @param maxBytes          the largest upload accepted
 * @param partSize          the multipart part size of uploads to object storage (the SDK buffers one part)
 * @param inspectionTimeout how long Tika may spend on one file's metadata
 * @param retentionYears    how long the store keeps an original locked (the agency's setting, RM21)
 * @param dossierRetentionYears how long a record marked as evidence is kept: the dossier's retention (RM21)
 */
@ConfigurationProperties("zhifa.evidence")
public record EvidenceSettings(@DefaultValue("8388608") int headBytes, @DefaultValue("17179869184") long maxBytes,
        @DefaultValue("16777216") long partSize, @DefaultValue("10s") Duration inspectionTimeout,
        @DefaultValue("6") int retentionYears, @DefaultValue("30") int dossierRetentionYears) {
}
