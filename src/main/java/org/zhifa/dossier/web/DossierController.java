package org.zhifa.dossier.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.zhifa.dossier.Dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The case file (卷宗) for archivists, reviewers, courts: a PDF, or a ZIP with every file and a SHA-256 manifest. */
@RestController
@Tag(name = "卷宗", description = "案卷 PDF 和可用 sha256sum -c 核对的 ZIP（RM19–RM22）")
class DossierController {

    private final Dossier dossier;

    DossierController(Dossier dossier) {
        this.dossier = dossier;
    }

    @GetMapping("/api/cases/{businessKey}/dossier")
    @Operation(summary = "导出卷宗 ZIP：卷宗 PDF、证据和文书原文件、SHA256SUMS；须写明用途，记入访问日志")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable String businessKey,
            @RequestParam(required = false) String reason, Authentication user) throws Exception {
        Dossier.Contents contents = dossier.prepare(businessKey, user.getName(), groups(user), reason, true);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("卷宗-" + businessKey + ".zip", StandardCharsets.UTF_8).build().toString())
                .body(out -> {
                    try {
                        dossier.writeZip(contents, out);
                    } catch (java.io.IOException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new java.io.IOException("卷宗 " + businessKey + " 导出中断：" + e.getMessage(), e);
                    }
                });
    }

    @GetMapping("/api/cases/{businessKey}/dossier.pdf")
    @Operation(summary = "卷宗 PDF：封面、全过程记录目录、证据清单及哈希、执法文书；须写明用途，记入访问日志")
    ResponseEntity<byte[]> pdf(@PathVariable String businessKey, @RequestParam(required = false) String reason,
            Authentication user) throws Exception {
        Dossier.Contents contents = dossier.prepare(businessKey, user.getName(), groups(user), reason, false);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("卷宗-" + businessKey + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(contents.pdf());
    }

    private static java.util.List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(a -> a.getAuthority()).toList();
    }
}
