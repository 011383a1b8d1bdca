package org.zhifa.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.evidence.AccessLog;
import org.zhifa.evidence.EvidenceAccess;
import org.zhifa.evidence.EvidenceIntake;
import org.zhifa.evidence.EvidenceNotes;
import org.zhifa.evidence.EvidenceItem;
import org.zhifa.evidence.EvidenceReconciliation;
import org.zhifa.evidence.EvidenceVerification;
import org.zhifa.evidence.IntakeRequest;
import org.zhifa.evidence.Interruptions;
import org.zhifa.evidence.StorageDeadlines;
import org.zhifa.evidence.UninterruptedRecording;
import org.zhifa.shared.InvalidInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@Tag(name = "证据和音像记录", description = "流式上传、类型识别、内容寻址存储、访问日志（RM12–RM24）")
class EvidenceController {

    private static final int FIELD_LIMIT = 64 * 1024;
    private static final String UPLOADERS = "hasAnyAuthority('handler', 'window-clerk', 'legal-reviewer', 'camunda-admin')";
    private static final String OVERSIGHT = "hasAnyAuthority('supervisor', 'camunda-admin')";

    private final EvidenceIntake intake;
    private final EvidenceAccess access;
    private final AccessLog accessLog;
    private final EvidenceReconciliation reconciliation;
    private final StorageDeadlines storageDeadlines;
    private final UninterruptedRecording uninterrupted;
    private final EvidenceVerification verification;
    private final EvidenceNotes notes;
    private final Interruptions interruptions;

    EvidenceController(EvidenceIntake intake, EvidenceAccess access, AccessLog accessLog,
            EvidenceReconciliation reconciliation, StorageDeadlines storageDeadlines,
            UninterruptedRecording uninterrupted, EvidenceVerification verification, EvidenceNotes notes,
            Interruptions interruptions) {
        this.interruptions = interruptions;
        this.notes = notes;
        this.uninterrupted = uninterrupted;
        this.verification = verification;
        this.intake = intake;
        this.access = access;
        this.accessLog = accessLog;
        this.reconciliation = reconciliation;
        this.storageDeadlines = storageDeadlines;
    }

    /**
     * A multipart upload, streamed: the metadata fields (step, kind, focus, recordedBy, recordedAt, place, deviceId,
     * sha256) come before the {@code file} part, whose bytes go straight to object storage.
     */
    @PostMapping(path = "/api/cases/{businessKey}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(UPLOADERS)
    @Operation(summary = "上传证据（multipart，元数据字段在 file 之前）")
    EvidenceItem upload(@PathVariable String businessKey, HttpServletRequest request, Authentication user)
            throws IOException {
        Map<String, List<String>> fields = new HashMap<>();
        try {
            FileItemInputIterator items = new JakartaServletFileUpload<>().getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (item.isFormField()) {
                    fields.computeIfAbsent(item.getFieldName(), k -> new ArrayList<>()).add(text(item));
                } else if ("file".equals(item.getFieldName())) {
                    try (InputStream body = item.getInputStream()) {
                        return intake.ingest(request(businessKey, fields, item.getName(), item.getContentType()), body,
                                user.getName(), groups(user));
                    }
                }
            }
        } catch (FileUploadException e) {
            throw new InvalidInput("multipart 请求无法解析：" + e.getMessage());
        }
        throw new InvalidInput("缺少 file 部分（证据文件）");
    }

    /**
     * RM23: a redacted, cut or converted copy, uploaded as multipart (fields {@code derivation}, {@code reason},
     * optionally {@code sha256}, before the {@code file} part). It becomes a new object that references the original.
     */
    @PostMapping(path = "/api/evidence/{id}/copies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(UPLOADERS)
    @Operation(summary = "上传证据的遮蔽处理件、剪辑片段或格式转换件：作为新对象保存并指向原件，原件不变（RM23）")
    EvidenceItem uploadCopy(@PathVariable long id, HttpServletRequest request, Authentication user) throws IOException {
        Map<String, List<String>> fields = new HashMap<>();
        try {
            FileItemInputIterator items = new JakartaServletFileUpload<>().getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (item.isFormField()) {
                    fields.computeIfAbsent(item.getFieldName(), k -> new ArrayList<>()).add(text(item));
                } else if ("file".equals(item.getFieldName())) {
                    try (InputStream body = item.getInputStream()) {
                        return intake.copy(id, first(fields, "derivation"), first(fields, "reason"), item.getName(),
                                item.getContentType(), first(fields, "sha256"), body, user.getName(), groups(user));
                    }
                }
            }
        } catch (FileUploadException e) {
            throw new InvalidInput("multipart 请求无法解析：" + e.getMessage());
        }
        throw new InvalidInput("缺少 file 部分（复制件文件）");
    }

    /** A body-only upload for docking stations, the metadata in headers. */
    @PostMapping(path = "/api/cases/{businessKey}/evidence/raw")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(UPLOADERS)
    @Operation(summary = "上传证据（请求体为文件，元数据在 X-Evidence-* 头中，供执法记录仪采集站使用）")
    EvidenceItem uploadRaw(@PathVariable String businessKey, HttpServletRequest request, Authentication user,
            @RequestHeader(name = "X-Evidence-Step", required = false) String step,
            @RequestHeader(name = "X-Evidence-Kind", required = false) String kind,
            @RequestHeader(name = "X-Evidence-Focus", required = false) String focus,
            @RequestHeader(name = "X-Evidence-Recorded-By", required = false) String recordedBy,
            @RequestHeader(name = "X-Evidence-Recorded-At", required = false) String recordedAt,
            @RequestHeader(name = "X-Evidence-Place", required = false) String place,
            @RequestHeader(name = "X-Evidence-Device", required = false) String device,
            @RequestHeader(name = "X-Evidence-File-Name", required = false) String fileName,
            @RequestHeader(name = "X-Content-SHA256", required = false) String sha256,
            @RequestHeader(name = "X-Evidence-Returned-At", required = false) String returnedAt) throws IOException {
        String name = fileName == null ? null : java.net.URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        IntakeRequest intakeRequest = new IntakeRequest(businessKey, step, kind, tags(focus), decode(recordedBy),
                recordedAt, decode(place), device, name, request.getContentType(), sha256, returnedAt);
        try (InputStream body = request.getInputStream()) {
            return intake.ingest(intakeRequest, body, user.getName(), groups(user));
        }
    }

    @GetMapping("/api/cases/{businessKey}/evidence")
    @Operation(summary = "案件的证据清单（记入访问日志）")
    List<EvidenceItem> list(@PathVariable String businessKey, Authentication user) {
        return access.ofCase(businessKey, user.getName(), groups(user));
    }

    @GetMapping("/api/evidence/{id}")
    @Operation(summary = "证据信息（记入访问日志）")
    EvidenceItem view(@PathVariable long id, Authentication user) {
        return access.view(id, user.getName(), groups(user));
    }

    @GetMapping("/api/evidence/{id}/content")
    @Operation(summary = "下载证据原件：须写明用途，记入访问日志（RM22）")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @RequestParam(required = false) String reason,
            Authentication user) throws Exception {
        return attachment(access.download(id, user.getName(), groups(user), reason));
    }

    /** A stored file as a download, under its file name, with its hash for the receiver to check. */
    static ResponseEntity<InputStreamResource> attachment(EvidenceAccess.Download download) {
        EvidenceItem item = download.item();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(item.detectedType()))
                .contentLength(item.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(item.fileName() == null ? item.sha256() : item.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-SHA256", item.sha256())
                .body(new InputStreamResource(download.content()));
    }

    record NoteForm(String collector, String collectedAt, String place, String remarks) {
    }

    @PostMapping("/api/evidence/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('handler', 'legal-reviewer', 'archivist', 'camunda-admin')")
    @Operation(summary = "作为证据使用：写明采集人、采集时间、地点，保存期限随卷宗（RM21）")
    EvidenceNotes.Note addNote(@PathVariable long id, @org.springframework.web.bind.annotation.RequestBody NoteForm form,
            Authentication user) {
        return notes.add(id, form.collector(), form.collectedAt(), form.place(), form.remarks(), user.getName(),
                groups(user));
    }

    @GetMapping("/api/evidence/{id}/notes")
    @Operation(summary = "证据说明")
    List<EvidenceNotes.Note> notes(@PathVariable long id, Authentication user) {
        access.view(id, user.getName(), groups(user));
        return notes.of(id);
    }

    record InterruptionForm(String step, Long evidenceId, String reason, String stoppedAt, String resumedAt,
            boolean couldNotResume, String remarks) {
    }

    @PostMapping("/api/cases/{businessKey}/av-interruptions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('handler', 'camunda-admin')")
    @Operation(summary = "报告音像记录中断：原因、中断和恢复时间；无法恢复的立即报告负责人（RM15、RM17）")
    Interruptions.Interruption interrupted(@PathVariable String businessKey,
            @org.springframework.web.bind.annotation.RequestBody InterruptionForm form, Authentication user) {
        return interruptions.report(businessKey, form.step(), form.evidenceId(), form.reason(), form.stoppedAt(),
                form.resumedAt(), form.couldNotResume(), form.remarks(), user.getName(), groups(user));
    }

    @GetMapping("/api/cases/{businessKey}/av-interruptions")
    @Operation(summary = "案件的音像记录中断报告")
    List<Interruptions.Interruption> interruptions(@PathVariable String businessKey, Authentication user) {
        return interruptions.of(businessKey, user.getName(), groups(user));
    }

    @GetMapping("/api/public/av-recording-list")
    @Operation(summary = "全过程音像记录清单（RM14，公开）")
    UninterruptedRecording avRecordingList() {
        return uninterrupted;
    }

    @GetMapping("/api/evidence/stored-late")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "逾期存储的音像记录（RM20：两个工作日内存储）")
    List<EvidenceItem> storedLate() {
        return storageDeadlines.storedLate();
    }

    @GetMapping("/api/evidence/access-log")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "证据访问日志（最近的在前）")
    List<AccessLog.Entry> accessLog(@RequestParam(defaultValue = "100") int limit) {
        return accessLog.latest(Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/api/evidence/access-log/verify")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "重新计算访问日志的哈希链")
    AccessLog.Check verifyAccessLog() {
        return accessLog.verify();
    }

    @GetMapping("/api/evidence/verification")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "重新读取全部原件并校验 SHA-256（RM24，每周自动运行）")
    EvidenceVerification.Report verifyOriginals() {
        return verification.run();
    }

    @GetMapping("/api/evidence/reconciliation")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "核对对象存储与证据记录（只报告，不删除）")
    EvidenceReconciliation.Report reconcile() {
        return reconciliation.run();
    }

    private static IntakeRequest request(String businessKey, Map<String, List<String>> fields, String fileName,
            String contentType) {
        List<String> focus = new ArrayList<>();
        fields.getOrDefault("focus", List.of()).forEach(value -> focus.addAll(tags(value)));
        return new IntakeRequest(businessKey, first(fields, "step"), first(fields, "kind"), focus,
                first(fields, "recordedBy"), first(fields, "recordedAt"), first(fields, "place"),
                first(fields, "deviceId"), fileName, contentType, first(fields, "sha256"), first(fields, "returnedAt"));
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static List<String> tags(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(a -> a.getAuthority()).toList();
    }

    private static String decode(String header) {
        return header == null ? null : java.net.URLDecoder.decode(header, StandardCharsets.UTF_8);
    }

    private static String text(FileItemInput field) throws IOException {
        try (InputStream in = field.getInputStream()) {
            byte[] bytes = in.readNBytes(FIELD_LIMIT + 1);
            if (bytes.length > FIELD_LIMIT) {
                throw new InvalidInput("字段 " + field.getFieldName() + " 过长");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
