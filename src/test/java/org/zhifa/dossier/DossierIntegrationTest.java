package org.zhifa.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        assertThat(text).contains("行政执法案卷", bk, "涉嫌销售超过保质期的食品", "卷内文件目录", "立案审批表", "询问笔录",
                "证据和音像记录清单", c.photoSha256(), "遮蔽处理件", "证据说明：采集人 张三", "行政处罚事先告知书", "备考表",
                "检查人（签名）", "本卷由 张三（zhangsan）", "附：全过程记录目录", "完整（末条哈希", "sha256sum -c SHA256SUMS",
                "执行人：孙七（sunqi）", "办案步骤：询问调查", "上传：张三（zhangsan）");
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

    @Test
    void theFileOfAnArchivedCaseHoldsItsDocumentsInOrderAtThePagesItsContentsSay() throws Exception {
        OfficerCaseFixtures cases = new OfficerCaseFixtures(engine);
        ProcessInstance instance = cases.reviewedByUnit("person", List.of("warning"), null);
        cases.leaderApproves(instance);
        cases.serve(instance);
        cases.archive(instance);
        String bk = instance.getBusinessKey();

        List<String> pages = pages(http.download("zhengshi", "/api/cases/" + bk + "/dossier.pdf?reason=归档").getBody());

        assertThat(pages.get(0)).contains("行政执法案卷", "昆明市市场监督管理局", bk, "王𠮷", "卷宗号：KMSJ-2026-001",
                "保管期限：30 年", "立卷人：", "（zhengshi）");
        assertThat(pages.get(1)).contains("卷内文件目录");
        Matcher rows = Pattern.compile("(?m)^(\\d+) (\\S+) (\\S+) (\\S+) (\\d+)(?:–(\\d+))?$").matcher(pages.get(1));
        List<String> titles = new ArrayList<>();
        int previousLast = 0;
        while (rows.find()) {
            String title = rows.group(2);
            int first = Integer.parseInt(rows.group(5));
            int last = rows.group(6) == null ? first : Integer.parseInt(rows.group(6));
            titles.add(title);
            assertThat(pages.get(first - 1)).as(title + " begins on page " + first).contains(title.substring(0, 3))
                    .as("卷内页号, top right").startsWith(first + "\n");
            if (titles.size() <= 5) {
                assertThat(pages.get(first - 1)).as("the document itself, with its verification code").contains("校验码")
                        .doesNotContain("卷内文件目录");
            }
            if (previousLast > 0) {
                assertThat(first).as(title + " begins on the page after the previous entry ends").isEqualTo(previousLast + 1);
            }
            previousLast = last;
        }
        assertThat(previousLast).as("the last entry ends on the last page").isEqualTo(pages.size());
        assertThat(titles).containsExactly("立案审批表", "询问笔录", "行政处罚事先告知书", "送达回证", "案件处理审批表",
                "行政处罚决定书", "送达回证", "结案审批表", "证据和音像记录清单", "备考表", "附：全过程记录目录及核验说明");
        assertThat(pages.get(1)).contains("昆市监罚〔2026〕");
        assertThat(String.join("\n", pages)).contains("立卷人：郑十（zhengshi）", "检查人（签名）");

        // the electronic file keeps the decision's OFD copy beside its PDF, checked like every file
        Path root = unzip(http.download("zhengshi", "/api/cases/" + bk + "/dossier?reason=归档").getBody()).resolve(bk);
        assertThat(Files.readString(root.resolve("SHA256SUMS"))).containsPattern("  文书/\\d+-行政处罚决定书-[^\n]+\\.ofd\n");
        Check check = sha256sum(root);
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).containsPattern("\\.ofd: OK");
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
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
