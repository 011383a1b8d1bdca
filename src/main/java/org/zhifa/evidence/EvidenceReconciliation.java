package org.zhifa.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.minio.ListObjectsArgs;
import io.minio.Result;
import io.minio.messages.Item;
import org.zhifa.shared.StorageUnavailable;

/**
 * Compares the evidence bucket with the database (RM24): objects without a row (an upload whose database commit
 * failed after its object was stored) and rows whose object is gone. It reports; it never deletes anything.
 */
@Service
public class EvidenceReconciliation {

    private static final Logger log = LoggerFactory.getLogger(EvidenceReconciliation.class);

    private final ObjectStorage storage;
    private final EvidenceItems items;

    EvidenceReconciliation(ObjectStorage storage, EvidenceItems items) {
        this.storage = storage;
        this.items = items;
    }

    /** @param unreferencedObjects objects nobody links to; @param missingObjects linked objects that are gone */
    public record Report(int objects, List<String> unreferencedObjects, List<String> missingObjects) {

        public boolean clean() {
            return unreferencedObjects.isEmpty() && missingObjects.isEmpty();
        }
    }

    public Report run() {
        Set<String> stored = new HashSet<>();
        try {
            for (Result<Item> result : storage.client().listObjects(ListObjectsArgs.builder().bucket(storage.bucket())
                    .prefix("sha256/").recursive(true).build())) {
                stored.add(result.get().objectName());
            }
        } catch (Exception e) {
            throw new StorageUnavailable("对象存储不可用，无法核对：" + e.getMessage());
        }
        Set<String> linked = new HashSet<>(items.objectKeys());
        List<String> unreferenced = new ArrayList<>(stored.stream().filter(key -> !linked.contains(key)).sorted().toList());
        List<String> missing = new ArrayList<>(linked.stream().filter(key -> !stored.contains(key)).sorted().toList());
        return new Report(stored.size(), unreferenced, missing);
    }

    @Scheduled(cron = "${zhifa.evidence.reconciliation-cron:0 30 2 * * *}", zone = "#{@clock.zone.id}")
    void nightly() {
        Report report = run();
        if (!report.clean()) {
            log.warn("证据核对：{} 个对象没有证据记录 {}，{} 条证据记录的对象缺失 {}", report.unreferencedObjects().size(),
                    report.unreferencedObjects(), report.missingObjects().size(), report.missingObjects());
        }
    }
}
