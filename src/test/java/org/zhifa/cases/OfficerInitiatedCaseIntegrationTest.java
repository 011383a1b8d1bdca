package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.disclosure.process.ResultDisclosureProcess;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.testing.Http;
import org.zhifa.testing.Tasklist;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A penalty case worked end to end through {@code /engine-rest} exactly as Tasklist does it (claim, submit the
 * deployed form's fields with Tasklist's value types, complete), by the demo users of every role; then its record.
 */
@ZhifaIntegrationTest
class OfficerInitiatedCaseIntegrationTest {

    private static final String PROCESS = OfficerInitiatedCaseProcess.KEY;

    @Autowired
    Http http;
    @Autowired
    CaseRecord caseRecord;

    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void penaltyCaseWithHearingAndLegalReviewRunsThroughTasklistAndIsRecordedInLawOrder() {
        Tasklist tasklist = new Tasklist(http);
        JsonNode started = report(tasklist, "person");
        String instance = started.get("id").asText();
        String businessKey = started.get("businessKey").asText();

        submit(tasklist, "sunqi", instance, Http.variables("filingDecision", "approve", "filingOpinion", "同意立案"));
        submit(tasklist, "zhangsan", instance, Http.variables("officer1Certificate", "53010012345",
                "officer2Certificate", "53010012346", "certificatesShown", true, "shownAt", today));
        submit(tasklist, "zhangsan", instance, Http.variables("nextStep", "evidence"));
        submit(tasklist, "zhangsan", instance, Http.variables("evidenceKind", "physical", "evidenceDescription",
                "过期食品 12 件", "obtainedAt", today));
        submit(tasklist, "zhangsan", instance, Http.variables("nextStep", "close", "violationFinding", "established",
                "investigationSummary", "事实清楚", "expertReviewNeeded", false));
        Map<String, Object> notice = Http.variables("proposedFine", 20000, "proposedDetails", "违反《食品安全法》",
                "noticeServedAt", today, "noticeServiceMethod", "inPerson");
        notice.put("proposedPenalties", json("[\"fine\"]"));
        submit(tasklist, "zhangsan", instance, notice);
        submit(tasklist, "zhangsan", instance, Http.variables("statementMade", true, "statementSummary", "请求从轻",
                "recusalRequested", false, "hearingRequested", true, "hearingRequestedAt", today));
        submit(tasklist, "zhaoliu", instance, Http.variables("hearingNoticeSentAt", today, "hearingAt",
                LocalDate.parse(today).plusDays(7).toString(), "hearingPlace", "听证室", "presidingOfficer", "zhaoliu",
                "hearingPublic", true));
        submit(tasklist, "zhaoliu", instance, Http.variables("hearingHeldAt", today, "partyAttended", true,
                "hearingRecord", "当事人到场陈述", "presidingOpinion", "维持拟处罚"));
        Map<String, Object> opinion = Http.variables("facts", "销售过期食品", "evidenceList", "扣押清单、照片",
                "legalBasis", "《食品安全法》第一百二十四条", "discretionRule", "一般情节", "fineAmount", 20000,
                "opinion", "罚款两万元");
        opinion.put("penalties", json("[\"fine\"]"));
        submit(tasklist, "zhangsan", instance, opinion);
        submit(tasklist, "wangwu", instance, Http.variables("unitDecision", "approve", "unitOpinion", "同意",
                "complexCase", false));
        Map<String, Object> legal = Http.variables("legalDecision", "approve", "legalOpinion", "同意");
        for (String check : List.of("checkCompetence", "checkFacts", "checkEvidence", "checkLegalBasis",
                "checkDiscretion", "checkProcedure", "checkRights")) {
            legal.put(check, Map.of("value", true));
        }
        submit(tasklist, "zhaoliu", instance, legal);
        submit(tasklist, "sunqi", instance, Http.variables("leaderDecision", "approve", "leaderOpinion", "批准"));

        // the decision started its disclosure (PM14): the disclosure officer publishes the redacted full text
        JsonNode disclosures = http.get("admin", "/engine-rest/process-instance?businessKey={bk}"
                + "&processDefinitionKey=result-disclosure", businessKey).getBody();
        assertThat(disclosures).hasSize(1);
        String disclosure = disclosures.get(0).get("id").asText();
        JsonNode draft = http.get("wujiu", "/engine-rest/task/{id}/form-variables",
                tasklist.openTask("wujiu", disclosure).get("id").asText()).getBody();
        assertThat(draft.get("partyShown").get("value").asText()).isEqualTo("王某");
        submit(tasklist, "wujiu", disclosure, Http.variables("disclosureChoice", "publish", "publicationForm", "full"));

        JsonNode service = tasklist.openTask("zhangsan", instance);
        String number = http.get("zhangsan", "/engine-rest/task/{id}/form-variables", service.get("id").asText())
                .getBody().get("decisionNumber").get("value").asText();
        assertThat(number).matches("昆市监罚〔\\d{4}〕\\d+号");
        submit(tasklist, "zhangsan", instance, Http.variables("serviceMethod", "inPerson", "servedAt", today,
                "recipient", "王𠮷"));
        submit(tasklist, "zhangsan", instance, Http.variables("performance", "fully", "paidAt", today,
                "paidAmount", 20000, "paymentReceipt", "FK-2026-1"));
        submit(tasklist, "zhengshi", instance, Http.variables("archivedAt", today, "dossierNumber", "KMSJ-1",
                "retentionYears", 30));

        List<RecordEntry> record = caseRecord.entries(businessKey);
        List<String> laws = new ArrayList<>();
        record.stream().filter(e -> e.getProcessDefinitionKey().equals(PROCESS)).map(RecordEntry::getLaw)
                .filter(law -> !laws.contains(law)).forEach(laws::add);
        assertThat(laws).containsExactly("RM11.1", "RM11.2", "RM11.3", "RM11.5", "RM11.10", "RM11.11", "RM11.12",
                "RM11.13", "RM11.14", "RM11.15", "RM11.16", "RM11.17", "RM11.18", "RM11.19", "RM11.21", "RM20",
                "RM11.22");
        assertThat(record).noneMatch(RecordEntry::isUnmapped);
        assertThat(record).filteredOn(e -> e.getProcessDefinitionKey().equals(ResultDisclosureProcess.KEY))
                .extracting(RecordEntry::getActivityId).contains(ResultDisclosureProcess.TASK_PREPARE_DRAFT, ResultDisclosureProcess.TASK_REVIEW,
                        ResultDisclosureProcess.TASK_PUBLISH);
        assertThat(record).filteredOn(e -> e.getActivityId().equals(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW)).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("zhaoliu"));
        assertThat(caseRecord.verify(businessKey).valid()).isTrue();

        JsonNode documents = http.get("zhangsan", "/api/cases/{key}/documents", businessKey).getBody();
        assertThat(documents).extracting(d -> d.get("title").asText()).containsExactly("立案审批表", "行政处罚事先告知书",
                "送达回证", "听证通知书", "听证笔录", "听证报告", "法制审核意见书", "案件处理审批表", "行政处罚决定书",
                "行政处罚决定书", "送达回证", "结案审批表");
        ResponseEntity<String> decision = http.getDocumentText("zhangsan", "/api/cases/" + businessKey + "/documents/"
                + documents.get(8).get("sha256").asText());
        assertThat(decision.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(decision.getBody()).contains("行政处罚决定书", number, "王𠮷", "人民币 20000 元", "六十日内");
        assertThat(decision.getHeaders().getContentType().toString()).isEqualTo("application/pdf");

        // RM3: each document names its kind, number, template versions and the code printed on every page
        JsonNode issued = documents.get(8);
        assertThat(issued.get("kind").asText()).isEqualTo("penalty-decision");
        assertThat(issued.get("number").asText()).isEqualTo(number);
        assertThat(issued.get("templates").get(0).asText()).startsWith("penalty-decision@");
        assertThat(issued.get("templates").toString()).contains("_common@");
        String code = issued.get("verificationCode").asText();
        assertThat(decision.getBody()).contains("校验码 " + code);
        // the decision's OFD copy (GB/T 33190) right after it: same kind, number and code, the same text
        JsonNode ofd = documents.get(9);
        assertThat(ofd.get("mediaType").asText()).isEqualTo("application/ofd");
        assertThat(ofd.get("fileName").asText()).endsWith(".ofd");
        assertThat(ofd.get("kind").asText()).isEqualTo("penalty-decision");
        assertThat(ofd.get("verificationCode").asText()).isEqualTo(code);
        ResponseEntity<String> ofdFile = http.getDocumentText("zhangsan", "/api/cases/" + businessKey + "/documents/"
                + ofd.get("sha256").asText());
        assertThat(ofdFile.getHeaders().getContentType().toString()).isEqualTo("application/ofd");
        assertThat(ofdFile.getBody()).contains("行政处罚决定书", number, "王𠮷", "人民币 20000 元", code);
        assertThat(documents.get(1).get("kind").asText()).isEqualTo("penalty-rights-notice");
        assertThat(documents.get(1).get("number").isNull()).isTrue();

        // anyone checks the paper by its code: kind, number, agency, date and hash — never the content
        JsonNode verified = http.get(null, "/api/public/documents/verify?code={c}", code.toLowerCase().replace("-", " "))
                .getBody();
        assertThat(verified.get("title").asText()).isEqualTo("行政处罚决定书");
        assertThat(verified.get("number").asText()).isEqualTo(number);
        assertThat(verified.get("sha256").asText()).isEqualTo(issued.get("sha256").asText());
        assertThat(verified.get("ofdSha256").asText()).isEqualTo(ofd.get("sha256").asText());
        assertThat(verified.toString()).doesNotContain("王", businessKey);
        String page = http.getText(null, "/portal/documents/verify?code=" + code).getBody();
        assertThat(page).contains("文书真实", number, issued.get("sha256").asText(), "OFD 版式文件 SHA-256",
                ofd.get("sha256").asText()).doesNotContain("王𠮷");
        assertThat(http.getText(null, "/portal/documents/verify?code=ZZZZ-ZZZZ-ZZZZ").getBody())
                .contains("不属于本平台出具的任何文书");

        // anyone finds it on the open API, by surname or document number, redacted (PM9, PM10, PM13)
        JsonNode found = http.get(null, "/api/public/results?q={q}", "王某").getBody();
        assertThat(found.get("results").toString()).contains(number);
        JsonNode byNumber = http.get(null, "/api/public/results?q={q}", number).getBody();
        assertThat(byNumber.get("total").asLong()).isEqualTo(1);
        JsonNode published = http.get(null, "/api/public/results/{id}", byNumber.get("results").get(0).get("id")
                .asText()).getBody();
        assertThat(published.get("fullText").asText()).contains(number, "王某", "人民币 20000 元")
                .doesNotContain("王𠮷", "530102199001011231", "校验码", "（印章）");
        assertThat(published.get("partyShown").asText()).isEqualTo("王某");
    }

    @Test
    void invalidCertificateGetsBadRequestNamingFieldAndNumberAndNothingIsRecorded() {
        Tasklist tasklist = new Tasklist(http);
        JsonNode started = report(tasklist, "person");
        String instance = started.get("id").asText();
        submit(tasklist, "sunqi", instance, Http.variables("filingDecision", "approve", "filingOpinion", "同意"));
        int entries = caseRecord.entries(started.get("businessKey").asText()).size();

        ResponseEntity<JsonNode> refused = tasklist.claimAndSubmit("zhangsan", instance, Http.variables(
                "officer1Certificate", "53010012345", "officer2Certificate", "53010090001", "certificatesShown", true,
                "shownAt", today));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("officer2Certificate", "53010090001", "过期");
        assertThat(caseRecord.entries(started.get("businessKey").asText())).hasSize(entries);
        assertThat(tasklist.openTask("zhangsan", instance).get("taskDefinitionKey").asText())
                .isEqualTo(OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS);
    }

    @Test
    void officerOfTheCaseIsRefusedItsLegalReviewWithForbidden() {
        Tasklist tasklist = new Tasklist(http);
        String instance = report(tasklist, "organisation").get("id").asText();
        submit(tasklist, "sunqi", instance, Http.variables("filingDecision", "approve", "filingOpinion", "同意"));
        submit(tasklist, "zhangsan", instance, Http.variables("officer1Certificate", "53010012345",
                "officer2Certificate", "53010012349", "certificatesShown", true, "shownAt", today));
        submit(tasklist, "zhangsan", instance, Http.variables("nextStep", "close", "violationFinding", "established",
                "investigationSummary", "事实清楚", "expertReviewNeeded", false));
        Map<String, Object> notice = Http.variables("proposedDetails", "违法", "noticeServedAt", today,
                "noticeServiceMethod", "inPerson");
        notice.put("proposedPenalties", json("[\"revokeLicence\"]"));
        submit(tasklist, "zhangsan", instance, notice);
        submit(tasklist, "zhangsan", instance, Http.variables("statementMade", false, "recusalRequested", false,
                "hearingRequested", false));
        Map<String, Object> opinion = Http.variables("facts", "事实", "evidenceList", "证据", "legalBasis", "依据",
                "discretionRule", "情节", "opinion", "吊销许可证");
        opinion.put("penalties", json("[\"revokeLicence\"]"));
        submit(tasklist, "zhangsan", instance, opinion);
        submit(tasklist, "wangwu", instance, Http.variables("unitDecision", "approve", "unitOpinion", "同意",
                "complexCase", false));

        String review = tasklist.openTask("zhaoliu", instance).get("id").asText();
        ResponseEntity<JsonNode> claim = http.post("zhaoliu", "/engine-rest/task/" + review + "/claim",
                Map.of("userId", "zhaoliu"));

        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(claim.getBody().get("message").asText()).contains("四眼原则", "zhaoliu");
    }

    @Test
    void casesNearTheirNinetyDayDeadlineAreListedForSupervisors() {
        Tasklist tasklist = new Tasklist(http);
        JsonNode started = report(tasklist, "person");
        submit(tasklist, "sunqi", started.get("id").asText(), Http.variables("filingDecision", "approve",
                "filingOpinion", "同意"));

        JsonNode near = http.get("fengyi", "/api/cases?deadlineWithinDays=90").getBody();
        assertThat(near.toString()).contains(started.get("businessKey").asText());
        JsonNode mine = null;
        for (JsonNode item : near) {
            if (item.get("businessKey").asText().equals(started.get("businessKey").asText())) {
                mine = item;
            }
        }
        assertThat(mine.get("lastDay").asText()).isEqualTo(LocalDate.parse(today).plusDays(90).toString());
        assertThat(mine.get("daysLeft").asInt()).isEqualTo(90);
        assertThat(mine.get("openSteps").toString()).contains("指派执法人员");
        assertThat(http.get("fengyi", "/api/cases?deadlineWithinDays=10").getBody().toString())
                .doesNotContain(started.get("businessKey").asText());
        assertThat(http.get("zhangsan", "/api/cases").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("fengyi", "/api/cases?deadlineWithinDays=-1").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode report(Tasklist tasklist, String partyType) {
        return tasklist.start("zhangsan", PROCESS, null, Http.variables("caseKind", "penalty", "source", "complaint",
                "sourceDetail", "投诉", "caseCause", "涉嫌销售过期食品", "partyType", partyType, "partyName",
                "person".equals(partyType) ? "王𠮷" : "昆明𠮷祥商贸有限公司", "partyIdNumber",
                "person".equals(partyType) ? "530102199001011231" : "91530102MA6N12345F", "reportedAt", today));
    }

    private static void submit(Tasklist tasklist, String user, String instance, Map<String, Object> variables) {
        ResponseEntity<JsonNode> submitted = tasklist.claimAndSubmit(user, instance, variables);
        assertThat(submitted.getStatusCode()).as(user + ": " + submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** A checklist value as Tasklist submits it. */
    private static Map<String, Object> json(String value) {
        return Map.of("value", value, "type", "Json");
    }
}
