package org.zhifa.documents.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.directory.Directory;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.DocumentTemplate;
import org.zhifa.documents.DocumentTemplates;
import org.zhifa.documents.Documents;
import org.zhifa.documents.TemplateException;
import org.zhifa.documents.TemplateFile;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Document templates for administrators: the versions in use, every earlier version, deployment of new ones with
 * the same checks as at start-up, and a specimen of each kind as it would print.
 */
@RestController
@RequestMapping("/api/documents/templates")
@Tag(name = "文书模板", description = "执法文书模板的部署、版本和样张（管理员）")
class DocumentTemplateController {

    private static final int MAX_FILES = 50;

    /** A template version without its text. */
    record TemplateVersion(String name, String agencyCode, int version, String sha256, String fileName, String source,
            Instant deployedAt, String deployedBy) {
        static TemplateVersion of(DocumentTemplate t) {
            return new TemplateVersion(t.name(), t.agencyCode(), t.version(), t.sha256(), t.fileName(), t.source(),
                    t.deployedAt(), t.deployedBy());
        }
    }

    private final DocumentTemplates templates;
    private final Documents documents;
    private final Directory directory;

    DocumentTemplateController(DocumentTemplates templates, Documents documents, Directory directory) {
        this.templates = templates;
        this.documents = documents;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "一个执法机关（缺省为通用模板）正在使用的文书模板")
    List<TemplateVersion> current(@RequestParam(required = false) String agency) {
        return templates.current(agency(agency)).stream().map(TemplateVersion::of).toList();
    }

    @GetMapping("/{name}")
    @Operation(summary = "一个模板的全部版本")
    List<TemplateVersion> versions(@PathVariable String name, @RequestParam(required = false) String agency) {
        List<DocumentTemplate> versions = templates.versions(name, agency(agency));
        if (versions.isEmpty()) {
            throw new NotFound("没有名为 " + name + " 的文书模板");
        }
        return versions.stream().map(TemplateVersion::of).toList();
    }

    @GetMapping(value = "/{name}/{version}", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "一个模板版本的原文")
    String content(@PathVariable String name, @PathVariable int version, @RequestParam(required = false) String agency) {
        return templates.versions(name, agency(agency)).stream().filter(t -> t.version() == version).findFirst()
                .map(DocumentTemplate::content)
                .orElseThrow(() -> new NotFound("文书模板 " + name + " 没有第 " + version + " 版"));
    }

    @GetMapping(value = "/{name}/specimen.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "按正在使用的模板生成的样张（虚构案件）")
    byte[] specimen(@PathVariable String name, @RequestParam(required = false) String agency) throws IOException {
        DocumentKind kind = DocumentKind.byKey(name)
                .orElseThrow(() -> new NotFound("没有名为 " + name + " 的文书种类"));
        return documents.specimen(kind, agency(agency));
    }

    /**
     * Templates to deploy together (a fragment file and the templates that use it go in one deployment).
     *
     * @param files file name ({@code penalty-decision.html}, {@code _common.html}) → its text
     */
    record Deployment(Map<String, String> files) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "部署文书模板：{\"files\": {\"文件名.html\": \"模板原文\"}}，可选 agency 为执法机关自己的模板；"
            + "与启动时相同的校验，任一文件不通过则全部不部署；与现用版本相同的文件不产生新版本")
    ResponseEntity<List<TemplateVersion>> deploy(@RequestBody Deployment deployment,
            @RequestParam(required = false) String agency, Authentication user) {
        String agencyCode = agency(agency);
        Map<String, String> files = deployment == null || deployment.files() == null ? Map.of() : deployment.files();
        if (files.isEmpty() || files.size() > MAX_FILES) {
            throw new InvalidInput("files：应提交 1 至 " + MAX_FILES + " 个模板文件");
        }
        List<TemplateFile> read = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String fileName = file.getKey() == null ? "" : file.getKey();
            if (!fileName.endsWith(".html") || fileName.length() > 80 || fileName.contains("/")
                    || fileName.contains("\\")) {
                throw new InvalidInput("files：文件名 " + fileName.substring(0, Math.min(80, fileName.length()))
                        + " 应为 .html 文件名");
            }
            byte[] content = file.getValue() == null ? new byte[0] : file.getValue().getBytes(StandardCharsets.UTF_8);
            read.add(new TemplateFile(fileName.substring(0, fileName.length() - 5), agencyCode,
                    (agencyCode.isEmpty() ? "" : agencyCode + "/") + fileName, content));
        }
        try {
            List<TemplateVersion> added = templates.deploy(read, "rest", user.getName()).stream()
                    .map(TemplateVersion::of).toList();
            return ResponseEntity.status(added.isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(added);
        } catch (TemplateException e) {
            throw new InvalidInput(e.getMessage(), e);
        }
    }

    /** The agency whose templates are meant: empty for the common ones, else one the directory knows. */
    private String agency(String agency) {
        if (agency == null || agency.isBlank()) {
            return "";
        }
        if (agency.length() > 64 || directory.agency(agency).isEmpty()) {
            throw new InvalidInput("agency：执法机关 " + agency.substring(0, Math.min(agency.length(), 64)) + " 未登记");
        }
        return agency;
    }
}
