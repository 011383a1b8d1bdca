package org.zhifa.evidence;

import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.minio.ComposeObjectArgs;
import io.minio.ComposeSource;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.RequestChecks;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StorageUnavailable;
import org.zhifa.shared.TooLarge;
import org.zhifa.shared.UnsupportedContent;

/**
 * Takes in evidence in one pass (RM12, RM20, RM23): the body streams to a staging object while SHA-256 is computed
 * and the first bytes are kept for Tika; then the type must fit the kind and a declared hash must match, and only
 * then is the object placed under its content address and the row written. Nothing is ever half-stored: a refused
 * upload leaves no row and its staging object is removed; a crash after the object is placed leaves an object
 * without a row, which {@link EvidenceReconciliation} reports.
 */
@Service
public class EvidenceIntake {

    private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

    /** Objects lie under their SHA-256: the same bytes are stored once. */
    private static final String KEY_PREFIX = "sha256/";

    private final ObjectStorage storage;
    private final MediaInspector inspector;
    private final EvidenceItems items;
    private final EvidenceSettings settings;
    private final CaseInvolvement involvement;
    private final CaseAccess caseAccess;
    private final AccessLog accessLog;
    private final StorageDeadlines deadlines;
    private final Clock clock;

    EvidenceIntake(ObjectStorage storage, MediaInspector inspector, EvidenceItems items, EvidenceSettings settings,
            CaseInvolvement involvement, CaseAccess caseAccess, AccessLog accessLog, StorageDeadlines deadlines,
            Clock clock) {
        this.clock = clock;
        this.deadlines = deadlines;
        this.storage = storage;
        this.inspector = inspector;
        this.items = items;
        this.settings = settings;
        this.involvement = involvement;
        this.caseAccess = caseAccess;
        this.accessLog = accessLog;
    }

    /**
     * @throws Refusal naming the field or file and the reason, with the HTTP status it deserves
     */
    public EvidenceItem ingest(IntakeRequest request, InputStream body, String uploader, Collection<String> groups) {
        caseAccess.requireAdd(uploader, groups, request.businessKey(), "向本案添加证据");
        Checked checked = check(request);
        EvidenceKind kind = checked.kind();
        Received received = receive(request, kind, body);
        Instant recorded = checked.recorded();
        LocalDate returned = checked.returned();
        boolean audioVisual = kind == EvidenceKind.AUDIO || kind == EvidenceKind.VIDEO;
        LocalDate lastDay = audioVisual && (recorded != null || returned != null)
                ? deadlines.lastDay(recorded, returned) : null;
        boolean late = lastDay != null && deadlines.late(lastDay, Instant.now(clock));
        EvidenceItem item = items.insert(new EvidenceItem(0, request.businessKey(), request.step(), kind.code(),
                request.focus() == null ? List.of() : request.focus(), request.recordedBy(), recorded,
                request.place(), request.deviceId(), request.fileName(), request.declaredType(),
                received.inspection().mediaType(), received.sha256(), received.size(), received.key(),
                received.inspection().metadata(), received.inspection().metadataStatus(), uploader, null, returned,
                lastDay, late, null, null, null));
        if (late) {
            log.warn("音像记录 {}（案件 {}）逾期存储：应不晚于 {}（RM20）", item.id(), item.businessKey(), lastDay);
        }
        accessLog.append(uploader, "upload", item, "上传证据");
        return item;
    }

    /**
     * RM23: a redacted, cut or converted copy of a piece of evidence is a new object with a row of its own that
     * references the original; the original is untouched. Copies may be made after the case closed (for a court, a
     * disclosure request), by anyone who may see the case's evidence (RM22).
     *
     * @param fileName     the copy's file name
     * @param declaredType the Content-Type sent with it, or null
     * @param declaredSha256 the hash the sender computed, or null
     */
    public EvidenceItem copy(long originalId, String derivation, String reason, String fileName, String declaredType,
            String declaredSha256, InputStream body, String uploader, Collection<String> groups) {
        EvidenceItem original = items.find(originalId)
                .orElseThrow(() -> new NotFound("证据 " + originalId + " 不存在"));
        caseAccess.requireAdd(uploader, groups, original.businessKey(), "制作本案证据的复制件");
        Derivation how = Derivation.of(derivation).orElseThrow(() -> new InvalidInput("derivation “"
                + derivation + "”无效，应为 " + String.join("、", Derivation.codes())));
        String why = AccessLog.reason(reason, "制作" + how.label());
        if (declaredSha256 != null && !declaredSha256.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidInput("声明的 SHA-256 “" + declaredSha256 + "”应为 64 位十六进制数");
        }
        EvidenceKind kind = EvidenceKind.of(original.kind()).orElseThrow();
        IntakeRequest request = new IntakeRequest(original.businessKey(), original.step(), original.kind(),
                original.focus(), original.recordedBy(), null, original.place(), original.deviceId(), fileName,
                declaredType, declaredSha256, null);
        RequestChecks.check(request);
        Received received = receive(request, kind, body);
        if (received.sha256().equals(original.sha256())) {
            throw new InvalidInput("文件 " + fileName + " 与原件 " + originalId + " 完全相同，不是" + how.label());
        }
        EvidenceItem copy = items.insert(new EvidenceItem(0, original.businessKey(), original.step(), original.kind(),
                original.focus(), original.recordedBy(), original.recordedAt(), original.place(), original.deviceId(),
                fileName, declaredType, received.inspection().mediaType(), received.sha256(), received.size(),
                received.key(), received.inspection().metadata(), received.inspection().metadataStatus(), uploader,
                null, null, null, false, originalId, how.code(), why));
        accessLog.append(uploader, "copy", copy, how.label() + "，原件 " + originalId + "：" + why);
        return copy;
    }

    /** What a stream became: its hash, size, what Tika found, and where it now lies. */
    private record Received(String sha256, long size, MediaInspector.Inspection inspection, String key) {
    }

    /**
     * Reads the body once, checks it and puts it under its content address; or leaves nothing. The type is judged from
     * the head before anything is stored, and Tika reads the metadata while the bytes are being stored. A body that
     * fits in the head (most photos and documents) is written once; a larger one streams to a staging object first,
     * because its hash is known only at its end.
     */
    private Received receive(IntakeRequest request, EvidenceKind kind, InputStream body) {
        HeadCapture capture = new HeadCapture(body, settings.headBytes(), settings.maxBytes());
        boolean whole;
        try {
            whole = capture.fillHead();
        } catch (HeadCapture.TooLargeException e) {
            throw new TooLarge("文件 " + request.fileName() + "：" + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInput("文件 " + request.fileName() + " 未能完整接收：" + e.getMessage());
        }
        if (capture.count() == 0) {
            throw new InvalidInput("文件 " + request.fileName() + " 内容为空");
        }
        byte[] head = capture.head();
        String type = inspector.detect(head);
        if (!kind.allows(type)) {
            throw new UnsupportedContent("文件 " + request.fileName() + " 的实际类型是 " + type + "，不能作为"
                    + kind.label() + "（" + kind.code() + "）");
        }
        Future<Map<String, String>> metadata = inspector.readMetadata(head);
        try {
            String key = whole ? putWhole(request, capture) : putStaged(request, capture);
            return new Received(capture.sha256(), capture.count(), inspector.finish(type, metadata, whole), key);
        } catch (RuntimeException e) {
            metadata.cancel(true);
            throw e;
        }
    }

    /** A body that fits in the head: checked in memory, written once under its content address. */
    private String putWhole(IntakeRequest request, HeadCapture capture) {
        requireDeclaredHash(request, capture.sha256());
        String key = KEY_PREFIX + capture.sha256();
        try {
            if (!storage.exists(key)) {
                storage.client().putObject(PutObjectArgs.builder().bucket(storage.bucket()).object(key)
                        .stream(capture.headStream(), capture.count(), -1).build());
                storage.protect(key);
            }
        } catch (Exception e) {
            throw new StorageUnavailable("对象存储不可用，文件 " + request.fileName() + " 未保存：" + e.getMessage());
        }
        return key;
    }

    /** A larger body: streamed to a staging object, then placed under its content address once its hash is known. */
    private String putStaged(IntakeRequest request, HeadCapture capture) {
        String staged = "incoming/" + UUID.randomUUID();
        try {
            storage.client().putObject(PutObjectArgs.builder().bucket(storage.stagingBucket()).object(staged)
                    .stream(new SequenceInputStream(capture.headStream(), capture), -1, settings.partSize()).build());
        } catch (HeadCapture.TooLargeException e) {
            discard(staged);
            throw new TooLarge("文件 " + request.fileName() + "：" + e.getMessage());
        } catch (Exception e) {
            discard(staged);
            if (e instanceof IOException || e.getCause() instanceof IOException) {
                throw new InvalidInput("文件 " + request.fileName() + " 未能完整接收：" + e.getMessage());
            }
            throw new StorageUnavailable("对象存储不可用，文件 " + request.fileName() + " 未保存：" + e.getMessage());
        }
        try {
            requireDeclaredHash(request, capture.sha256());
        } catch (Refusal refused) {
            discard(staged);
            throw refused;
        }
        return place(staged, capture.sha256());
    }

    private static void requireDeclaredHash(IntakeRequest request, String sha256) {
        if (request.declaredSha256() != null && !request.declaredSha256().equalsIgnoreCase(sha256)) {
            throw new InvalidInput("文件 " + request.fileName() + " 声明的 SHA-256 " + request.declaredSha256()
                    + " 与收到的内容（" + sha256 + "）不符，可能传输不完整或被改动");
        }
    }

    /** Puts the staged bytes under their content address, once: the same bytes uploaded again are linked again. */
    private String place(String staged, String sha256) {
        String key = KEY_PREFIX + sha256;
        try {
            if (!storage.exists(key)) {
                storage.client().composeObject(ComposeObjectArgs.builder().bucket(storage.bucket()).object(key)
                        .sources(List.of(ComposeSource.builder().bucket(storage.stagingBucket()).object(staged).build()))
                        .build());
                storage.protect(key);
            }
        } catch (Exception e) {
            throw new StorageUnavailable("对象存储不可用，证据 " + sha256 + " 未保存：" + e.getMessage());
        } finally {
            discard(staged);
        }
        return key;
    }

    private void discard(String staged) {
        try {
            storage.client().removeObject(RemoveObjectArgs.builder().bucket(storage.stagingBucket()).object(staged)
                    .build());
        } catch (Exception e) {
            log.warn("staging object {} could not be removed: {}", staged, e.getMessage());
        }
    }

    private Checked check(IntakeRequest r) {
        RequestChecks.check(r);
        if (r.step() == null || r.step().isBlank()) {
            throw new InvalidInput("缺少 step（证据所属的办案步骤）");
        }
        EvidenceKind kind = EvidenceKind.of(r.kind()).orElseThrow(() -> new InvalidInput("kind “" + r.kind() + "”无效，应为 document、photo、audio 或 video"));
        if (r.focus() != null) {
            r.focus().stream().filter(tag -> !EvidenceKind.FOCUS.contains(tag)).findFirst().ifPresent(tag -> {
                throw new InvalidInput("focus “" + tag + "”无效，应为 " + String.join("、", EvidenceKind.FOCUS));
            });
        }
        if (r.declaredSha256() != null && !r.declaredSha256().matches("[0-9a-fA-F]{64}")) {
            throw new InvalidInput("声明的 SHA-256 “" + r.declaredSha256() + "”应为 64 位十六进制数");
        }
        Instant recorded = EvidenceDates.passed(r.recordedAt(), "recordedAt", clock);
        LocalDate returned = EvidenceDates.returned(r.returnedAt(), clock);
        if (returned != null && recorded != null && returned.isBefore(recorded.atZone(clock.getZone()).toLocalDate())) {
            throw new InvalidInput("returnedAt " + returned + " 早于录制时间 " + r.recordedAt());
        }
        involvement.requireRunningAt(r.businessKey(), r.step(), "不能再添加证据");
        return new Checked(kind, recorded, returned);
    }

    /** What the checks of a request read from it. */
    private record Checked(EvidenceKind kind, Instant recorded, LocalDate returned) {
    }
}
