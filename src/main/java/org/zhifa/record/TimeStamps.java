package org.zhifa.record;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 3161 time stamps from the configured authority (BouncyCastle): proof from a third party that a checkpoint
 * existed at its time. Without an authority, or while it is unreachable, checkpoints are signed but not stamped.
 */
final class TimeStamps {

    private static final Logger log = LoggerFactory.getLogger(TimeStamps.class);
    private static final SecureRandom NONCES = new SecureRandom();

    private final URI authority;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TimeStamps(URI authority) {
        this.authority = authority == null || authority.toString().isBlank() ? null : authority;
    }

    /** The DER time-stamp token over the message's SHA-256, in Base64; null without an authority or on its failure. */
    String stamp(byte[] message) {
        if (authority == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, digest,
                    new BigInteger(64, NONCES));
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(authority).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IllegalStateException("no token: " + response.getStatusString());
            }
            return Base64.getEncoder().encodeToString(response.getTimeStampToken().getEncoded());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            log.warn("时间戳服务 {} 未能为检查点加盖时间戳：{}", authority, e.getMessage());
            return null;
        }
    }
}
