package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.evidence.process.AvInterruptionReportProcess;
import org.zhifa.evidence.process.EvidenceReleaseProcess;
import org.zhifa.testing.Http;
import org.zhifa.testing.Inspections;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evidence through the API into the embedded S3-compatible server with the real MinIO SDK and real Tika, on real
 * media files the tests make: what is kept, what is refused, and that nothing is ever half-stored.
 */
@ZhifaIntegrationTest
class EvidenceIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EvidenceIntake intake;
    @Autowired
    EvidenceReconciliation reconciliation;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void photoRecordingAndDocumentAreStoredByContentWithTheirDetectedTypeAndMetadata() throws Exception {
        String bk = openCase();
        byte[] wav = Media.wav(3);

        ResponseEntity<JsonNode> audio = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("audio",
                "people"), "询问录音.mp3", "audio/mpeg", wav);
        assertThat(audio.getStatusCode()).as(String.valueOf(audio.getBody())).isEqualTo(HttpStatus.CREATED);
        JsonNode item = audio.getBody();
        assertThat(item.get("detectedType").asText()).as("from the bytes, not the name").isEqualTo("audio/vnd.wave");
        assertThat(item.get("declaredType").asText()).isEqualTo("audio/mpeg");
        assertThat(item.get("sha256").asText()).isEqualTo(sha256(wav));
        assertThat(item.get("objectKey").asText()).isEqualTo("sha256/" + sha256(wav));
        assertThat(item.get("metadata").toString()).contains("samplerate", "8000");
        assertThat(item.get("focus").toString()).contains("people");
        assertThat(item.get("uploadedBy").asText()).isEqualTo("zhangsan");

        ResponseEntity<JsonNode> photo = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo",
                "scene,items"), "现场.png", "image/png", Media.png(640, 480));
        assertThat(photo.getBody().get("detectedType").asText()).isEqualTo("image/png");
        assertThat(photo.getBody().get("metadata").toString()).contains("640");
        ResponseEntity<JsonNode> pdf = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("document",
                "documents"), "笔录.pdf", "application/pdf", Media.pdf());
        assertThat(pdf.getBody().get("detectedType").asText()).isEqualTo("application/pdf");
        ResponseEntity<JsonNode> video = http.uploadRaw("zhangsan", "/api/cases/" + bk + "/evidence/raw", Map.of(
                "X-Evidence-Step", "Task_OnSiteInspection", "X-Evidence-Kind", "video", "X-Evidence-Focus",
                "scene,measures", "X-Evidence-Device", "BODYCAM-0042", "X-Evidence-Recorded-At",
                "2026-11-27T09:30:00+08:00"), Media.mp4Head(300_000));
        assertThat(video.getStatusCode()).as(String.valueOf(video.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(video.getBody().get("detectedType").asText()).isEqualTo("video/mp4");
        assertThat(video.getBody().get("deviceId").asText()).isEqualTo("BODYCAM-0042");

        JsonNode list = http.get("zhangsan", "/api/cases/{bk}/evidence", bk).getBody();
        assertThat(list).hasSize(4);
        ResponseEntity<byte[]> withoutReason = http.download("zhangsan", "/api/evidence/" + item.get("id").asLong()
                + "/content");
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<byte[]> original = http.download("zhangsan", "/api/evidence/" + item.get("id").asLong()
                + "/content?reason=" + java.net.URLEncoder.encode("制作案卷", StandardCharsets.UTF_8));
        assertThat(original.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(original.getBody()).isEqualTo(wav);
        assertThat(original.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(sha256(wav));
    }

    /**
     * A body larger than the head kept for Tika (8 MiB) streams through a staging object, since its hash is known only
     * at its end; a small one is checked in memory and written once. Both end under their content address, and a
     * refused large body leaves no staging object.
     */
    @Test
    void aBodyLargerThanTheHeadStreamsThroughStagingAndEndsUnderItsHash() throws Exception {
        String bk = openCase();
        byte[] video = Media.mp4Head(12 * 1024 * 1024);
        Map<String, String> headers = Map.of("X-Evidence-Step", "Task_OnSiteInspection", "X-Evidence-Kind", "video",
                "X-Evidence-Focus", "scene", "X-Content-SHA256", sha256(video));

        ResponseEntity<JsonNode> stored = http.uploadRaw("zhangsan", "/api/cases/" + bk + "/evidence/raw", headers,
                video);
        assertThat(stored.getStatusCode()).as(String.valueOf(stored.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(stored.getBody().get("size").asLong()).isEqualTo(video.length);
        assertThat(stored.getBody().get("sha256").asText()).isEqualTo(sha256(video));
        assertThat(stored.getBody().get("detectedType").asText()).isEqualTo("video/mp4");
        ResponseEntity<byte[]> back = http.download("zhangsan", "/api/evidence/" + stored.getBody().get("id").asLong()
                + "/content?reason=" + java.net.URLEncoder.encode("核对", StandardCharsets.UTF_8));
        assertThat(sha256(back.getBody())).isEqualTo(sha256(video));

        long before = rows();
        byte[] other = Media.mp4Head(9 * 1024 * 1024 + 5);
        assertRefused(http.uploadRaw("zhangsan", "/api/cases/" + bk + "/evidence/raw", Map.of("X-Evidence-Step",
                "Task_OnSiteInspection", "X-Evidence-Kind", "video", "X-Content-SHA256", sha256(video)), other),
                HttpStatus.BAD_REQUEST, "SHA-256");
        byte[] program = new byte[10 * 1024 * 1024];
        byte[] elf = Media.executable();
        System.arraycopy(elf, 0, program, 0, elf.length);
        assertRefused(http.uploadRaw("zhangsan", "/api/cases/" + bk + "/evidence/raw", Map.of("X-Evidence-Step",
                "Task_OnSiteInspection", "X-Evidence-Kind", "video"), program), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "application/x-");
        assertThat(rows()).isEqualTo(before);
        assertThat(stagedObjects()).isZero();
        assertThat(reconciliation.run().unreferencedObjects()).doesNotContain("sha256/" + sha256(other),
                "sha256/" + sha256(program));
    }

    @Test
    void sameBytesAreStoredOnceAndLinkedTwice() {
        String bk = openCase();
        byte[] photo = Media.png(200, 100);
        JsonNode first = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "a.png",
                "image/png", photo).getBody();
        JsonNode second = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "b.png",
                "image/png", photo).getBody();

        assertThat(second.get("id").asLong()).isNotEqualTo(first.get("id").asLong());
        assertThat(second.get("objectKey").asText()).isEqualTo(first.get("objectKey").asText());
        assertThat(reconciliation.run().missingObjects()).doesNotContain(first.get("objectKey").asText());
    }

    @Test
    void refusedUploadsSayWhyAndLeaveNothingBehind() throws Exception {
        String bk = openCase();
        long before = rows();
        List<String> orphansBefore = reconciliation.run().unreferencedObjects();

        assertRefused(http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("video", "scene"), "视频.mp4",
                "video/mp4", Media.executable()), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "application/x-");
        assertRefused(http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("document", "other"),
                "报告.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Media.zipBomb()),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "application/zip");
        assertRefused(http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "空.png",
                "image/png", new byte[0]), HttpStatus.BAD_REQUEST, "内容为空");
        Map<String, String> wrongHash = fields("photo", "scene");
        wrongHash.put("sha256", "0".repeat(64));
        assertRefused(http.upload("zhangsan", "/api/cases/" + bk + "/evidence", wrongHash, "现场.png", "image/png",
                Media.png(100, 100)), HttpStatus.BAD_REQUEST, "SHA-256");
        assertRefused(http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("hologram", "scene"), "x.png",
                "image/png", Media.png(10, 10)), HttpStatus.BAD_REQUEST, "kind");
        assertRefused(http.upload("zhangsan", "/api/cases/ZF-1999-000001/evidence", fields("photo", "scene"), "x.png",
                "image/png", Media.png(10, 10)), HttpStatus.FORBIDDEN, "ZF-1999-000001");
        assertRefused(http.upload("zhaoliu", "/api/cases/ZF-1999-000001/evidence", fields("photo", "scene"), "x.png",
                "image/png", Media.png(10, 10)), HttpStatus.NOT_FOUND, "ZF-1999-000001");
        assertRefused(http.upload("fengyi", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "x.png",
                "image/png", Media.png(10, 10)), HttpStatus.FORBIDDEN, "");
        assertThat(http.upload(null, "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "x.png", "image/png",
                Media.png(10, 10)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(shortBody(bk)).startsWith("HTTP/1.1 4");
        Map<String, String> longPlace = fields("photo", "scene");
        longPlace.put("place", "昆".repeat(600));
        assertRefused(http.upload("zhangsan", "/api/cases/" + bk + "/evidence", longPlace, "现场.png", "image/png",
                Media.png(30, 30)), HttpStatus.BAD_REQUEST, "字段 place：地点不能超过 512 个字符");
        assertRefused(http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"),
                "长".repeat(600) + ".png", "image/png", Media.png(31, 31)), HttpStatus.BAD_REQUEST, "头部（含文件名）");
        assertRefused(http.uploadRaw("zhangsan", "/api/cases/" + bk + "/evidence/raw", Map.of("X-Evidence-Step",
                "Task_OnSiteInspection", "X-Evidence-Kind", "photo", "X-Evidence-File-Name",
                java.net.URLEncoder.encode("长".repeat(600) + ".png", StandardCharsets.UTF_8), "Content-Type",
                "image/png"), Media.png(31, 31)), HttpStatus.BAD_REQUEST, "文件名不能超过 512 个字符");
        assertRefused(http.uploadRaw("zhangsan", "/api/cases/" + bk + "/evidence/raw", Map.of("X-Evidence-Step",
                "Task_OnSiteInspection", "X-Evidence-Kind", "photo", "X-Evidence-File-Name", "bad%zzname%.png",
                "Content-Type", "image/png"), Media.png(32, 32)), HttpStatus.BAD_REQUEST, "X-Evidence-File-Name");

        assertThat(rows()).as("no row for any refused upload").isEqualTo(before);
        assertThat(stagedObjects()).as("no staging object left").isZero();
        assertThat(reconciliation.run().unreferencedObjects()).as("no stored object without its row")
                .isSubsetOf(orphansBefore);
    }

    @Test
    void closedCaseTakesNoMoreEvidence() {
        String bk = "closed-" + UUID.randomUUID();
        String instance = new Inspections(http).plan(bk).get("id").asText();
        runtimeService.deleteProcessInstance(instance, "结案");

        assertRefused(http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "x.png",
                "image/png", Media.png(10, 10)), HttpStatus.CONFLICT, "已办结");
    }

    @Test
    void fileTikaCannotReadIsKeptWithMetadataMarkedUnavailable() {
        String bk = openCase();
        ResponseEntity<JsonNode> broken = http.upload("zhangsan", "/api/cases/" + bk + "/evidence",
                fields("photo", "scene"), "损坏.jpg", "image/jpeg", Media.truncatedJpeg());

        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(broken.getBody().get("detectedType").asText()).isEqualTo("image/jpeg");
        assertThat(broken.getBody().get("metadataStatus").asText()).isEqualTo("unavailable");
    }

    @Test
    void objectStoredBeforeAFailedCommitIsReportedNotDeleted() {
        String bk = openCase();
        byte[] photo = Media.png(321, 123);
        String key = "sha256/" + sha256(photo);

        transactions.executeWithoutResult(status -> {
            intake.ingest(new IntakeRequest(bk, "StartEvent_InspectionPlanned", "photo", java.util.List.of("scene"),
                    "张三", null, null, null, "crash.png", "image/png", null, null), new java.io.ByteArrayInputStream(photo),
                    "zhangsan", java.util.List.of("handler"));
            status.setRollbackOnly(); // the database commit fails after the object was stored
        });

        EvidenceReconciliation.Report report = reconciliation.run();
        assertThat(report.unreferencedObjects()).contains(key);
        assertThat(reconciliation.run().unreferencedObjects()).as("reported again, never deleted").contains(key);
    }

    @Test
    void audioVisualRecordStoredAfterTwoWorkingDaysIsFlaggedForSupervisors() {
        String bk = openCase();
        String longAgo = java.time.OffsetDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(30).toString();
        Map<String, String> late = fields("audio", "people");
        late.put("recordedAt", longAgo);
        JsonNode stored = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", late, "late.wav", "audio/wav",
                Media.wav(1)).getBody();
        Map<String, String> afterFieldWork = fields("audio", "people");
        afterFieldWork.put("recordedAt", longAgo);
        afterFieldWork.put("returnedAt", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        JsonNode returned = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", afterFieldWork, "field.wav",
                "audio/wav", Media.wav(2)).getBody();

        assertThat(stored.get("storedLate").asBoolean()).isTrue();
        assertThat(stored.get("storageLastDay").asText()).isNotBlank();
        assertThat(returned.get("storedLate").asBoolean()).as("2 working days from the return").isFalse();
        assertThat(http.get("fengyi", "/api/evidence/stored-late").getBody().toString())
                .contains("\"id\":" + stored.get("id").asLong()).doesNotContain("\"id\":" + returned.get("id").asLong() + ",");
    }

    @Test
    void onlyThoseInvolvedInTheCaseOrReviewingItSeeItsEvidence() {
        String bk = openCase();
        long id = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "p.png",
                "image/png", Media.png(40, 40)).getBody().get("id").asLong();

        ResponseEntity<JsonNode> stranger = http.get("lisi", "/api/evidence/" + id);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stranger.getBody().get("detail").asText()).contains("lisi", "RM22");
        assertThat(http.get("lisi", "/api/cases/{bk}/evidence", bk).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("zhangsan", "/api/evidence/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("wangwu", "/api/evidence/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("fengyi", "/api/evidence/access-log?limit=20").getBody().toString())
                .contains("\"actor\":\"lisi\"", "\"action\":\"denied\"");
        assertThat(http.get(null, "/api/public/av-recording-list").getBody().toString()).contains(OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE);
    }

    @Test
    void changedOrLostOriginalsAreFoundByReReadingThem() throws Exception {
        String bk = openCase();
        byte[] photo = Media.png(77, 77);
        String key = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "p.png",
                "image/png", photo).getBody().get("objectKey").asText();
        byte[] lost = Media.png(78, 78);
        String lostKey = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "q.png",
                "image/png", lost).getBody().get("objectKey").asText();
        assertThat(http.get("fengyi", "/api/evidence/verification").getBody().get("changed").toString())
                .doesNotContain(key);

        // someone with direct access to the store overwrites one original and deletes another
        byte[] forged = Media.png(79, 79);
        storage.client().putObject(io.minio.PutObjectArgs.builder().bucket(storage.bucket()).object(key)
                .stream(new java.io.ByteArrayInputStream(forged), forged.length, -1).build());
        storage.client().removeObject(io.minio.RemoveObjectArgs.builder().bucket(storage.bucket()).object(lostKey).build());

        JsonNode report = http.get("fengyi", "/api/evidence/verification").getBody();
        assertThat(report.get("changed").toString()).contains(key);
        assertThat(report.get("missing").toString()).contains(lostKey);
        assertThat(http.get("zhangsan", "/api/evidence/verification").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void recordUsedAsEvidenceGetsItsWrittenNote() {
        String bk = openCase();
        long id = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("video", "scene"), "v.mp4",
                "video/mp4", Media.mp4Head(2048)).getBody().get("id").asLong();

        ResponseEntity<JsonNode> incomplete = http.post("zhangsan", "/api/evidence/" + id + "/notes",
                Map.of("collector", "张三", "collectedAt", "2026-11-20"));
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody().get("detail").asText()).contains("place");
        ResponseEntity<JsonNode> note = http.post("zhangsan", "/api/evidence/" + id + "/notes", Map.of("collector",
                "张三、李四", "collectedAt", "2026-11-20T10:00:00+08:00", "place", "昆明市五华区某超市"));
        assertThat(note.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http.get("zhangsan", "/api/evidence/" + id + "/notes").getBody().toString())
                .contains("张三、李四", "昆明市五华区某超市");
    }

    @Test
    void recordingThatCouldNotResumeGoesToTheHeadAndThenNeedsAWrittenExplanation() {
        String bk = openCase();
        ResponseEntity<JsonNode> resumed = http.post("zhangsan", "/api/cases/" + bk + "/av-interruptions", Map.of(
                "step", "Task_OnSiteInspection", "reason", "battery", "stoppedAt", "2026-11-27T09:40:00+08:00",
                "resumedAt", "2026-11-27T09:43:00+08:00"));
        assertThat(resumed.getStatusCode()).as(String.valueOf(resumed.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(resumed.getBody().get("processInstanceId").isNull()).isTrue();
        ResponseEntity<JsonNode> neither = http.post("zhangsan", "/api/cases/" + bk + "/av-interruptions", Map.of(
                "step", "Task_OnSiteInspection", "reason", "weather", "stoppedAt", "2026-11-27T10:00:00+08:00"));
        assertThat(neither.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(neither.getBody().get("detail").asText()).contains("resumedAt");
        ResponseEntity<JsonNode> notReached = http.post("zhangsan", "/api/cases/" + bk + "/av-interruptions", Map.of(
                "step", OfficerInitiatedCaseProcess.TASK_HEARING_RECORD, "reason", "battery", "stoppedAt", "2026-11-27T09:40:00+08:00", "resumedAt",
                "2026-11-27T09:41:00+08:00"));
        assertThat(notReached.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notReached.getBody().get("detail").asText()).contains(OfficerInitiatedCaseProcess.TASK_HEARING_RECORD);
        assertThat(http.post("lisi", "/api/cases/" + bk + "/av-interruptions", Map.of("step", "Task_OnSiteInspection",
                "reason", "battery", "stoppedAt", "2026-11-27T09:40:00+08:00", "resumedAt",
                "2026-11-27T09:41:00+08:00")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode lost = http.post("zhangsan", "/api/cases/" + bk + "/av-interruptions", Map.of("step",
                "Task_OnSiteInspection", "reason", "equipment", "stoppedAt", "2026-11-27T10:05:00+08:00",
                "couldNotResume", true)).getBody();
        String instance = lost.get("processInstanceId").asText();
        org.zhifa.testing.Tasklist tasklist = new org.zhifa.testing.Tasklist(http);
        assertThat(tasklist.claimAndSubmit("sunqi", instance, Http.variables("headInstructions", "改用文字记录并请见证人签字"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> empty = tasklist.claimAndSubmit("zhangsan", instance, Http.variables());
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasklist.claimAndSubmit("zhangsan", instance, Http.variables("writtenExplanation",
                "执法记录仪进水损坏，已改用文字记录")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(http.get("zhangsan", "/api/cases/{bk}/av-interruptions", bk).getBody()).hasSize(2);
        assertThat(http.get("lisi", "/api/cases/{bk}/av-interruptions", bk).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("fengyi", "/api/cases/{bk}/record", bk).getBody().toString())
                .contains(AvInterruptionReportProcess.TASK_HEAD_INFORMED, AvInterruptionReportProcess.TASK_WRITTEN_EXPLANATION, "RM17");
    }

    @Test
    void aRedactedCopyIsANewObjectThatPointsToItsUntouchedOriginal() {
        String bk = openCase();
        JsonNode original = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "people"),
                "face.png", "image/png", Media.png(64, 64)).getBody();
        long id = original.get("id").asLong();
        String copies = "/api/evidence/" + id + "/copies";

        ResponseEntity<JsonNode> noReason = http.upload("zhangsan", copies, Map.of("derivation", "redacted"), "r.png",
                "image/png", Media.png(64, 65));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().get("detail").asText()).contains("reason");
        ResponseEntity<JsonNode> wrongHow = http.upload("zhangsan", copies, Map.of("derivation", "edited", "reason",
                "x"), "r.png", "image/png", Media.png(64, 65));
        assertThat(wrongHow.getBody().get("detail").asText()).contains("derivation", "redacted");
        ResponseEntity<JsonNode> same = http.upload("zhangsan", copies, Map.of("derivation", "redacted", "reason",
                "遮蔽当事人面部"), "r.png", "image/png", Media.png(64, 64));
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(same.getBody().get("detail").asText()).contains("完全相同");
        assertThat(http.upload("lisi", copies, Map.of("derivation", "redacted", "reason", "遮蔽当事人面部"), "r.png",
                "image/png", Media.png(64, 66)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.upload("zhangsan", copies, Map.of("derivation", "redacted", "reason", "遮蔽当事人面部"),
                "r.exe", "image/png", Media.executable()).getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        ResponseEntity<JsonNode> copy = http.upload("zhangsan", copies, Map.of("derivation", "redacted", "reason",
                "遮蔽当事人面部"), "face-redacted.png", "image/png", Media.png(64, 65));
        assertThat(copy.getStatusCode()).as(String.valueOf(copy.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(copy.getBody().get("derivedFrom").asLong()).isEqualTo(id);
        assertThat(copy.getBody().get("derivation").asText()).isEqualTo("redacted");
        assertThat(copy.getBody().get("sha256").asText()).isNotEqualTo(original.get("sha256").asText());
        assertThat(copy.getBody().get("step").asText()).isEqualTo("Task_OnSiteInspection");

        JsonNode after = http.get("zhangsan", "/api/evidence/" + id).getBody();
        assertThat(after.get("sha256").asText()).isEqualTo(original.get("sha256").asText());
        assertThat(after.get("objectKey").asText()).isEqualTo(original.get("objectKey").asText());
        assertThat(http.get("zhangsan", "/api/cases/{bk}/evidence", bk).getBody()).hasSize(2);
        assertThat(http.get("fengyi", "/api/evidence/access-log?limit=20").getBody().toString())
                .contains("\"action\":\"copy\"", "遮蔽处理件，原件 " + id);
    }

    @Test
    void evidenceLeavesTheAgencyOnlyAfterTheHeadApprovesAndEveryReleaseIsLogged() {
        String bk = openCase();
        byte[] png = Media.png(70, 70);
        long id = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "scene.png",
                "image/png", png).getBody().get("id").asLong();
        String releases = "/api/evidence/" + id + "/releases";

        ResponseEntity<JsonNode> incomplete = http.post("zhangsan", releases, Map.of("recipient", "某区人民法院",
                "purpose", "行政诉讼举证"));
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody().get("detail").asText()).contains("basis");
        assertThat(http.post("lisi", releases, Map.of("recipient", "某报社", "purpose", "报道", "basis", "无"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode request = http.post("zhangsan", releases, Map.of("recipient", "某区人民法院", "purpose", "行政诉讼举证",
                "basis", "（2026）云0102行初12号调取证据通知书")).getBody();
        assertThat(request.get("status").asText()).isEqualTo("pending");
        long releaseId = request.get("id").asLong();
        String content = "/api/evidence/releases/" + releaseId + "/content";
        ResponseEntity<byte[]> early = http.download("zhangsan", content);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(new String(early.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains("尚未审批");

        org.zhifa.testing.Tasklist tasklist = new org.zhifa.testing.Tasklist(http);
        String instance = request.get("processInstanceId").asText();
        assertThat(tasklist.claimAndSubmit("sunqi", instance, Http.variables("releaseDecision", "approve"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        http.post("sunqi", "/engine-rest/task/" + tasklist.openTask("sunqi", instance).get("id").asText() + "/unclaim",
                Map.of());
        assertThat(tasklist.claimAndSubmit("sunqi", instance, Http.variables("releaseDecision", "approve",
                "releaseOpinion", "同意向法院提供")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode decided = http.get("zhangsan", "/api/evidence/releases/" + releaseId).getBody();
        assertThat(decided.get("status").asText()).isEqualTo("approved");
        assertThat(decided.get("decidedBy").asText()).isEqualTo("sunqi");

        assertThat(http.download("wangwu", content).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<byte[]> delivered = http.download("zhangsan", content);
        assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(delivered.getBody()).isEqualTo(png);
        assertThat(http.get("fengyi", "/api/evidence/access-log?limit=20").getBody().toString())
                .contains("\"action\":\"release\"", "sunqi 批准）给 某区人民法院");
        assertThat(http.get("fengyi", "/api/evidence/releases").getBody().toString()).contains("某区人民法院");
        assertThat(http.get("fengyi", "/api/cases/{bk}/record", bk).getBody().toString())
                .contains(EvidenceReleaseProcess.TASK_APPROVAL, "RM23");

        JsonNode refused = http.post("zhangsan", releases, Map.of("recipient", "某报社", "purpose", "新闻报道",
                "basis", "采访申请")).getBody();
        assertThat(tasklist.claimAndSubmit("sunqi", refused.get("processInstanceId").asText(), Http.variables(
                "releaseDecision", "refuse", "releaseOpinion", "涉及个人隐私，不予提供")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<byte[]> notReleased = http.download("zhangsan", "/api/evidence/releases/"
                + refused.get("id").asLong() + "/content");
        assertThat(notReleased.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.get("zhangsan", "/api/cases/{bk}/evidence-releases", bk).getBody().toString())
                .contains("\"status\":\"approved\"", "\"status\":\"refused\"");

        // the longest recipient and purpose, in characters outside the basic plane: the access log keeps its line,
        // cut to the column as both databases count it
        String emoji = "\uD83D\uDE00";
        ResponseEntity<JsonNode> widest = http.post("zhangsan", releases, Map.of("recipient", emoji.repeat(256),
                "purpose", emoji.repeat(512), "basis", "调取证据通知书"));
        assertThat(widest.getStatusCode().is2xxSuccessful()).as(String.valueOf(widest.getBody())).isTrue();
        String logged = jdbc.queryForObject("select reason from evidence_access_log where action = 'release-request' "
                + "order by seq desc limit 1", String.class);
        assertThat(logged).endsWith("…").startsWith("申请对外提供");
        assertThat(logged.length()).isLessThanOrEqualTo(1024);
        assertThat(Character.isHighSurrogate(logged.charAt(logged.length() - 2))).isFalse();
    }

    @Test
    void whoAsksForARelease_cannotApproveIt() {
        String bk = openCase();
        long id = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "s.png",
                "image/png", Media.png(71, 70)).getBody().get("id").asLong();
        JsonNode request = http.post("admin", "/api/evidence/" + id + "/releases", Map.of("recipient", "上级机关",
                "purpose", "执法监督", "basis", "监督检查通知")).getBody();
        ResponseEntity<JsonNode> own = new org.zhifa.testing.Tasklist(http).claimAndSubmit("admin",
                request.get("processInstanceId").asText(), Http.variables("releaseDecision", "approve",
                        "releaseOpinion", "同意"));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(own.getBody().toString()).contains("四眼原则");
        assertThat(http.get("admin", "/api/evidence/releases/" + request.get("id").asLong()).getBody().get("status")
                .asText()).isEqualTo("pending");
    }

    @Test
    void everyAccessIsLoggedInAVerifiableChain() {
        String bk = openCase();
        long id = http.upload("zhangsan", "/api/cases/" + bk + "/evidence", fields("photo", "scene"), "p.png",
                "image/png", Media.png(50, 50)).getBody().get("id").asLong();
        http.get("wangwu", "/api/evidence/" + id);
        http.download("zhaoliu", "/api/evidence/" + id + "/content?reason=legal-review");

        JsonNode log = http.get("fengyi", "/api/evidence/access-log?limit=10").getBody();
        assertThat(log.toString()).contains("\"actor\":\"zhaoliu\"", "\"action\":\"download\"", "legal-review",
                "\"actor\":\"wangwu\"", "\"action\":\"view\"", "\"action\":\"upload\"");
        assertThat(http.get("fengyi", "/api/evidence/access-log/verify").getBody().get("valid").asBoolean()).isTrue();
        assertThat(http.get("zhangsan", "/api/evidence/access-log").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String openCase() {
        String bk = "evidence-" + UUID.randomUUID();
        new Inspections(http).plan(bk);
        return bk;
    }

    private static Map<String, String> fields(String kind, String focus) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("step", "Task_OnSiteInspection");
        fields.put("kind", kind);
        fields.put("focus", focus);
        fields.put("recordedBy", "张三");
        fields.put("recordedAt", "2026-11-27T09:30:00+08:00");
        fields.put("place", "昆明市五华区某超市");
        return fields;
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String message) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        if (!message.isEmpty()) {
            assertThat(response.getBody().get("detail").asText()).contains(message);
        }
    }

    /** A body that ends long before its declared length. */
    private String shortBody(String bk) throws Exception {
        try (Socket socket = new Socket("localhost", http.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/cases/" + bk + "/evidence/raw HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + Http.basic("zhangsan") + "\r\nContent-Type: application/octet-stream\r\nContent-Length: 10000000\r\n"
                    + "X-Evidence-Step: Task_OnSiteInspection\r\nX-Evidence-Kind: photo\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(Media.png(20, 20));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
        }
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from evidence_items", Long.class);
    }

    private long stagedObjects() throws Exception {
        return intakeStorage().stagingObjects();
    }

    @Autowired
    ObjectStorage storage;

    private ObjectStorageProbe intakeStorage() {
        return new ObjectStorageProbe(storage);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
