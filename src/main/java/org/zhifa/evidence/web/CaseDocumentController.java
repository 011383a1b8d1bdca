package org.zhifa.evidence.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhifa.evidence.CaseDocument;
import org.zhifa.evidence.CaseDocuments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/cases/{businessKey}/documents")
@Tag(name = "案件文书", description = "系统生成的告知书、决定书等（RM3）")
class CaseDocumentController {

    private final CaseDocuments documents;

    CaseDocumentController(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "案件的文书清单")
    List<CaseDocument> list(@PathVariable String businessKey) {
        return documents.of(businessKey);
    }

    @GetMapping("/{sha256}")
    @Operation(summary = "下载文书原件")
    ResponseEntity<InputStreamResource> download(@PathVariable String businessKey, @PathVariable String sha256)
            throws Exception {
        CaseDocument document = documents.find(businessKey, sha256).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "案件 " + businessKey + " 没有文书 " + sha256));
        InputStream content = documents.open(document);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", document.sha256())
                .body(new InputStreamResource(content));
    }
}
