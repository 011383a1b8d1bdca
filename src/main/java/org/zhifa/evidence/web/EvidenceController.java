package org.zhifa.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
import org.zhifa.evidence.EvidenceAccess;
import org.zhifa.evidence.EvidenceIntake;
import org.zhifa.evidence.EvidenceItem;
import org.zhifa.evidence.IntakeRequest;
import org.zhifa.shared.FileNames;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.web.MultipartUpload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@Tag(name = "证据和音像记录", description = "流式上传、类型识别、内容寻址存储、访问日志（RM12–RM24）")
class EvidenceController {

    private static final String UPLOADERS = "hasAnyAuthority('handler', 'window-clerk', 'legal-reviewer', 'camunda-admin')";

    private final EvidenceIntake intake;
    private final EvidenceAccess access;

    EvidenceController(EvidenceIntake intake, EvidenceAccess access) {
        this.intake = intake;
        this.access = access;
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
        return MultipartUpload.read(request, "证据文件", (fields, fileName, contentType, body) -> intake.ingest(
                request(businessKey, fields, fileName, contentType), body, user.getName(), groups(user)));
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
        return MultipartUpload.read(request, "复制件文件", (fields, fileName, contentType, body) -> intake.copy(id,
                first(fields, "derivation"), first(fields, "reason"), fileName, contentType, first(fields, "sha256"),
                body, user.getName(), groups(user)));
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
        IntakeRequest intakeRequest = new IntakeRequest(businessKey, step, kind, tags(focus),
                decode(recordedBy, "X-Evidence-Recorded-By"), recordedAt, decode(place, "X-Evidence-Place"), device,
                decode(fileName, "X-Evidence-File-Name"), request.getContentType(), sha256, returnedAt);
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
                        .filename(FileNames.safe(item.fileName(), item.sha256()), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-SHA256", item.sha256())
                .body(new InputStreamResource(download.content()));
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
        return MultipartUpload.first(fields, name);
    }

    private static List<String> tags(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(a -> a.getAuthority()).toList();
    }

    /** A header sent percent-encoded (UTF-8), as browsers and curl send non-ASCII text. */
    private static String decode(String header, String name) {
        try {
            return header == null ? null : java.net.URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("请求头 " + name + " 的百分号编码无效（应为 UTF-8 的 %XX 编码）");
        }
    }
}
