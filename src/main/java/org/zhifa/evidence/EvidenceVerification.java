package org.zhifa.evidence;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.minio.GetObjectArgs;
import io.minio.errors.ErrorResponseException;
import org.zhifa.shared.StorageUnavailable;

/**
 * RM24.4: re-reads every stored original and recomputes its SHA-256 against its content address, so that any change
 * to an original (or its loss) is found; reports to supervisors, changes nothing.
 */
@Service
public class EvidenceVerification {

    private static final Logger log = LoggerFactory.getLogger(EvidenceVerification.class);

    private final ObjectStorage storage;
    private final EvidenceItems items;

    EvidenceVerification(ObjectStorage storage, EvidenceItems items) {
        this.storage = storage;
        this.items = items;
    }

    /** @param changed objects whose bytes no longer hash to their address; @param missing objects that are gone */
    public record Report(int checked, long bytes, List<String> changed, List<String> missing) {

        public boolean intact() {
            return changed.isEmpty() && missing.isEmpty();
        }
    }

    public Report run() {
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long bytes = 0;
        List<String> keys = items.objectKeys();
        for (String key : keys) {
            try (InputStream in = storage.client().getObject(GetObjectArgs.builder().bucket(storage.bucket()).object(key)
                    .build())) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0;) {
                    digest.update(buffer, 0, n);
                    bytes += n;
                }
                if (!key.equals("sha256/" + HexFormat.of().formatHex(digest.digest()))) {
                    changed.add(key);
                }
            } catch (ErrorResponseException e) {
                missing.add(key);
            } catch (Exception e) {
                throw new StorageUnavailable("对象存储不可用，无法校验 " + key + "：" + e.getMessage());
            }
        }
        return new Report(keys.size(), bytes, changed, missing);
    }

    @Scheduled(cron = "${zhifa.evidence.verification-cron:0 0 3 * * SUN}", zone = "#{@clock.zone.id}")
    void weekly() {
        Report report = run();
        if (!report.intact()) {
            log.error("证据原件校验发现问题（RM24）：{} 个被改动 {}，{} 个缺失 {}", report.changed().size(), report.changed(),
                    report.missing().size(), report.missing());
        } else {
            log.info("证据原件校验完成：{} 个对象、{} 字节，未发现改动", report.checked(), report.bytes());
        }
    }
}
