package org.zhifa.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.evidence.Media;
import org.zhifa.evidence.ObjectStorage;
import org.zhifa.testing.Http;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.minio.PutObjectArgs;

/**
 * The dossier (卷宗, RM19–RM22) of a real case with real evidence in the embedded S3 store: its PDF names every step,
 * file and hash; its ZIP passes {@code sha256sum -c}, and fails it for a file that changed in storage.
 */
@ZhifaIntegrationTest
class DossierIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ObjectStorage storage;

    @TempDir
    Path unpacked;

    @Test
    void thePdfIndexesEveryStepAndFileAndTheZipChecksWithSha256sum() throws Exception {
        Case c = caseWithEvidence(80);
        String bk = c.businessKey();

        ResponseEntity<byte[]> pdf = http.download("zhangsan", "/api/cases/" + bk + "/dossier.pdf?reason=归档");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        String text = text(pdf.getBody());
        assertThat(text).contains("行政执法案卷", bk, "涉嫌销售超过保质期的食品", "一、全过程记录目录", "立案审批", "询问",
                "二、证据和音像记录清单", c.photoSha256(), "遮蔽处理件", "证据说明：采集人 张三", "三、执法文书",
                "行政处罚事先告知书", "完整（末条哈希", "sha256sum -c SHA256SUMS", "第 1 页 共", "执行人：孙七（sunqi）",
                "办案步骤：询问调查", "上传：张三（zhangsan）");
        assertThat(text).as("the party's name, its rare character from the fallback font").contains("王𠮷");

        ResponseEntity<byte[]> zip = http.download("zhangsan", "/api/cases/" + bk + "/dossier?reason=移送法院");
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        Path root = unzip(zip.getBody()).resolve(bk);
        assertThat(root.resolve("卷宗.pdf")).exists();
        assertThat(Files.readString(root.resolve("SHA256SUMS"))).contains(c.photoSha256() + "  证据/",
                "  文书/1-", "  卷宗.pdf");
        Check check = sha256sum(root);
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).contains("卷宗.pdf: OK", "face.png: OK").doesNotContain("FAILED");

        assertThat(http.get("fengyi", "/api/evidence/access-log?limit=30").getBody().toString())
                .contains("\"action\":\"export\"", "导出卷宗（含文件）：移送法院", "导出卷宗目录：归档");
    }

    @Test
    void aFileThatChangedInStorageFailsTheManifestCheck() throws Exception {
        Case c = caseWithEvidence(81);
        storage.client().putObject(PutObjectArgs.builder().bucket(storage.bucket()).object("sha256/" + c.photoSha256())
                .stream(new ByteArrayInputStream(Media.png(9, 9)), -1, 5 * 1024 * 1024).build());

        Path root = unzip(http.download("wangwu", "/api/cases/" + c.businessKey() + "/dossier?reason=抽查").getBody())
                .resolve(c.businessKey());
        Check check = sha256sum(root);
        assertThat(check.exit()).isNotZero();
        assertThat(check.output()).contains("face.png: FAILED", "卷宗.pdf: OK");
    }

    @Test
    void exportNeedsAReasonAndAPartInTheCase() {
        Case c = caseWithEvidence(82);
        String dossier = "/api/cases/" + c.businessKey() + "/dossier";

        ResponseEntity<byte[]> noReason = http.download("zhangsan", dossier);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new String(noReason.getBody(), StandardCharsets.UTF_8)).contains("reason");
        ResponseEntity<byte[]> stranger = http.download("chenji", dossier + "?reason=看看");
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(new String(stranger.getBody(), StandardCharsets.UTF_8)).contains("chenji", "RM22");
        ResponseEntity<byte[]> unknown = http.download("zhangsan", "/api/cases/ZF-1999-999999/dossier.pdf?reason=x");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private record Case(String businessKey, String photoSha256) {
    }

    private record Check(int exit, String output) {
    }

    /** A penalty case at legal review, with a photo, its note and a redacted copy, and the rights notice issued. */
    private Case caseWithEvidence(int size) {
        OfficerCaseFixtures cases = new OfficerCaseFixtures(engine);
        ProcessInstance instance = cases.reviewedByUnit("person", List.of("warning"), null);
        String bk = instance.getBusinessKey();
        JsonNode photo = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", Map.of("step", OfficerInitiatedCaseProcess.TASK_QUESTIONING,
                "kind", "photo", "focus", "people", "recordedBy", "张三", "recordedAt", "2026-11-27T10:00:00+08:00",
                "place", "超市办公室"), "face.png", "image/png", Media.png(size, size)).getBody();
        long id = photo.get("id").asLong();
        assertThat(http.post("zhangsan", "/api/evidence/" + id + "/notes", Map.of("collector", "张三",
                "collectedAt", "2026-11-27T10:00:00+08:00", "place", "超市办公室")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(http.upload("zhangsan", "/api/evidence/" + id + "/copies", Map.of("derivation", "redacted",
                "reason", "遮蔽面部"), "face-redacted.png", "image/png", Media.png(size, size + 1)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        return new Case(bk, photo.get("sha256").asText());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private Path unzip(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = unpacked.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(unpacked)).as("inside the folder: " + entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        return unpacked;
    }

    /** The real coreutils tool, as the recipient of the dossier would run it. */
    private static Check sha256sum(Path folder) throws Exception {
        Process process = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Check(process.waitFor(), output);
    }
}
