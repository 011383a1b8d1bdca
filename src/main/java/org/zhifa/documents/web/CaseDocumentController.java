package org.zhifa.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhifa.documents.Documents;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.documents.SignedCopies;
import org.zhifa.evidence.CaseAccess;
import org.zhifa.evidence.CaseDocument;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.evidence.EvidenceAccess;
import org.zhifa.evidence.EvidenceItem;
import org.zhifa.shared.FileNames;
import org.zhifa.shared.web.MultipartUpload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A case's documents (RM3): each with its kind, 文号, verification code and the template versions it was made from;
 * reading the list or a document passes the case's access rule and is logged (RM22).
 */
@RestController
@RequestMapping("/api/cases/{businessKey}/documents")
@Tag(name = "案件文书", description = "系统生成的告知书、决定书等（RM3）")
class CaseDocumentController {

    private final CaseDocuments documents;
    private final Documents issued;
    private final SignedCopies signed;
    private final CaseAccess access;
    private final EvidenceAccess evidence;

    CaseDocumentController(CaseDocuments documents, Documents issued, SignedCopies signed, CaseAccess access,
            EvidenceAccess evidence) {
        this.signed = signed;
        this.documents = documents;
        this.issued = issued;
        this.access = access;
        this.evidence = evidence;
    }

    /**
     * A document of the case; the kind, number, code, pages and templates only for one issued from a template.
     *
     * @param templates the template versions it was made from, e.g. {@code penalty-decision@2:9f…}
     */
    record ListedDocument(String sha256, String title, String fileName, String mediaType, long size,
            Instant createdAt, String createdBy, String kind, String number, String verificationCode,
            LocalDate issuedOn, Integer pages, List<String> templates, List<Long> signedCopies) {
    }

    /**
     * RM3: the scan of the signed paper copy of one of the case's documents, as multipart (optional {@code sha256}
     * before the {@code file} part): stored as evidence of kind document at the step that issued it, and linked.
     */
    @PostMapping(path = "/{code}/signed-copies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('handler', 'window-clerk', 'legal-reviewer', 'camunda-admin')")
    @Operation(summary = "上传文书签名件的扫描件（multipart：可选 sha256，然后 file），按校验码关联原件，存为证据")
    EvidenceItem signedCopy(@PathVariable String businessKey, @PathVariable String code, HttpServletRequest request,
            Authentication user) throws IOException {
        return MultipartUpload.read(request, "签名件文件", (fields, fileName, contentType, body) -> signed.attach(
                businessKey, code, fileName, contentType, MultipartUpload.first(fields, "sha256"), body,
                user.getName(), groups(user)));
    }

    @GetMapping
    @Operation(summary = "案件的文书清单（RM22：参与办理及审核、监督岗位可查看，记入访问日志）")
    List<ListedDocument> list(@PathVariable String businessKey, Authentication user) {
        access.read(user.getName(), groups(user), businessKey, "documents", "查看本案文书清单");
        Map<String, List<SignedCopies.SignedCopy>> copies = signed.of(businessKey);
        Map<String, IssuedDocument> bySha = new java.util.HashMap<>();
        for (IssuedDocument d : issued.of(businessKey)) {
            bySha.putIfAbsent(d.sha256(), d);
            if (d.ofdSha256() != null) {
                // a decision's OFD copy is listed with its kind, number and code, like its PDF
                bySha.putIfAbsent(d.ofdSha256(), d);
            }
        }
        return documents.of(businessKey).stream().map(d -> {
            IssuedDocument i = bySha.get(d.sha256());
            return new ListedDocument(d.sha256(), d.title(), d.fileName(), d.mediaType(), d.size(), d.createdAt(),
                    d.createdBy(), i == null ? null : i.kind().key(), i == null ? null : i.number(),
                    i == null ? null : i.printedCode(), i == null ? null : i.issuedOn(), i == null ? null : i.pages(),
                    i == null ? null : i.templates(), i == null ? List.of() : copies.getOrDefault(i.code(), List.of())
                            .stream().map(SignedCopies.SignedCopy::evidenceId).toList());
        }).toList();
    }

    @GetMapping("/{sha256}")
    @Operation(summary = "下载文书原件（记入访问日志）")
    ResponseEntity<InputStreamResource> download(@PathVariable String businessKey, @PathVariable String sha256,
            Authentication user) throws Exception {
        access.read(user.getName(), groups(user), businessKey, "document", "下载本案文书 " + shorten(sha256));
        CaseDocument document = documents.find(businessKey, sha256).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "案件 " + businessKey + " 没有文书 " + sha256));
        InputStream content = evidence.open(document, businessKey, user.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(FileNames.safe(document.fileName(), document.sha256()), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", document.sha256())
                .body(new InputStreamResource(content));
    }

    private static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) : text;
    }
}
