package org.zhifa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import org.zhifa.cases.process.OfficerInitiatedCaseProcess;

/**
 * Penalty cases of {@code officer-initiated-case} driven through {@code /engine-rest} as Tasklist drives them, by the
 * demo users: zhangsan reports, sunqi files, the officers investigate and notify, wangwu reviews, zhaoliu reviews the
 * law, sunqi approves.
 */
public final class PenaltyCases {

    public static final String PROCESS = OfficerInitiatedCaseProcess.KEY;

    /** A running case: its process instance and business key. */
    public record Case(String instance, String businessKey) {
    }

    private final Http http;
    private final Tasklist tasklist;
    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    public PenaltyCases(Http http) {
        this.http = http;
        this.tasklist = new Tasklist(http);
    }

    public Tasklist tasklist() {
        return tasklist;
    }

    public String today() {
        return today;
    }

    public Map<String, Object> report(String partyType) {
        boolean person = partyType.equals("person");
        Map<String, Object> values = Http.variables("caseKind", "penalty", "source", "complaint", "sourceDetail",
                "消费者投诉", "caseCause", "涉嫌销售过期食品", "partyType", partyType, "partyName",
                person ? "王𠮷" : "昆明𠮷祥商贸有限公司", "partyIdNumber", person ? "530102199001011231" : "91530100MA6K000000",
                "partyAddress", "昆明市五华区人民中路 1 号", "reportedAt", today);
        if (!person) {
            values.putAll(Http.variables("legalRepresentative", "李强"));
        }
        return values;
    }

    public Case reported(String partyType) {
        JsonNode started = tasklist.start("zhangsan", PROCESS, null, report(partyType));
        return new Case(started.get("id").asText(), started.get("businessKey").asText());
    }

    /** Filed by sunqi, with zhangsan and the holder of the second certificate as officers. */
    public Case filed(String partyType, String secondCertificate) {
        Case c = reported(partyType);
        ok("sunqi", c, Http.variables("filingDecision", "approve", "filingOpinion", "同意立案"));
        ok("zhangsan", c, Http.variables("officer1Certificate", "53010012345", "officer2Certificate", secondCertificate,
                "certificatesShown", true, "shownAt", today));
        return c;
    }

    /** Filed with zhangsan and lisi, evidence taken, investigation closed with the violation established. */
    public Case investigated(String partyType) {
        Case c = filed(partyType, "53010012346");
        ok("zhangsan", c, Http.variables("nextStep", "evidence"));
        ok("zhangsan", c, Http.variables("evidenceKind", "physical", "evidenceDescription", "过期食品 12 件", "obtainedAt",
                today));
        ok("zhangsan", c, Http.variables("nextStep", "close", "violationFinding", "established", "investigationSummary",
                "事实清楚", "expertReviewNeeded", false));
        return c;
    }

    public Map<String, Object> notice(List<String> penalties, Object fine) {
        Map<String, Object> values = Http.variables("proposedDetails", "违反《食品安全法》第三十四条", "noticeServedAt", today,
                "noticeServiceMethod", "inPerson");
        values.put("proposedPenalties", json(penalties));
        if (fine != null) {
            values.putAll(Http.variables("proposedFine", fine));
        }
        return values;
    }

    /** Filed with zhangsan and lisi, inspected on site, nothing found: closed without a decision and archived. */
    public Case closedWithoutViolation(String partyType) {
        Case c = filed(partyType, "53010012346");
        ok("zhangsan", c, Http.variables("nextStep", "onSite"));
        ok("zhangsan", c, Http.variables("inspectedAt", today, "inspectionPlace", "超市", "inspectionFindings", "未发现问题"));
        ok("zhangsan", c, Http.variables("nextStep", "close", "violationFinding", "notEstablished",
                "investigationSummary", "未发现违法行为", "expertReviewNeeded", false));
        ok("zhangsan", c, Http.variables("closeReason", "noViolation", "closeExplanation", "检查未发现违法行为"));
        ok("zhengshi", c, Http.variables("archivedAt", today, "dossierNumber", "KMSJ-" + c.businessKey(),
                "retentionYears", 30));
        return c;
    }

    /** Notified of a fine, no statement or hearing asked for: waiting at the handler's opinion. */
    public Case notified(String partyType, Object fine) {
        Case c = investigated(partyType);
        ok("zhangsan", c, notice(List.of("fine"), fine));
        ok("zhangsan", c, Http.variables("statementMade", false, "recusalRequested", false, "hearingRequested", false));
        return c;
    }

    public Map<String, Object> opinion(List<String> penalties, Object fine) {
        Map<String, Object> values = Http.variables("facts", "当事人销售超过保质期的食品 12 件", "evidenceList",
                "现场检查笔录、询问笔录、照片", "legalBasis", "《食品安全法》第一百二十四条", "discretionRule", "首次违法，从轻",
                "opinion", "建议罚款");
        values.put("penalties", json(penalties));
        if (fine != null) {
            values.putAll(Http.variables("fineAmount", fine));
        }
        return values;
    }

    /** Notified and proposed the same fine, approved by the unit: waiting at legal review or the leader. */
    public Case reviewedByUnit(String partyType, Object fine) {
        Case c = notified(partyType, fine);
        ok("zhangsan", c, opinion(List.of("fine"), fine));
        ok("wangwu", c, Http.variables("unitDecision", "approve", "unitOpinion", "同意", "complexCase", false));
        return c;
    }

    /**
     * Filed with zhangsan and the holder of the second certificate, investigated without further evidence, notified of
     * a 150000 fine without statement or hearing, proposed the same and approved by the unit: at legal review.
     */
    public Case atLegalReview(String partyType, String secondCertificate) {
        Case c = filed(partyType, secondCertificate);
        ok("zhangsan", c, Http.variables("nextStep", "close", "violationFinding", "established",
                "investigationSummary", "事实清楚", "expertReviewNeeded", false));
        ok("zhangsan", c, notice(List.of("fine"), 150000));
        ok("zhangsan", c, Http.variables("statementMade", false, "recusalRequested", false, "hearingRequested",
                false));
        ok("zhangsan", c, opinion(List.of("fine"), 150000));
        ok("wangwu", c, Http.variables("unitDecision", "approve", "unitOpinion", "同意", "complexCase", false));
        return c;
    }

    public static Map<String, Object> legalApproval() {
        Map<String, Object> legal = Http.variables("legalDecision", "approve", "legalOpinion", "同意");
        for (String check : List.of("checkCompetence", "checkFacts", "checkEvidence", "checkLegalBasis",
                "checkDiscretion", "checkProcedure", "checkRights")) {
            legal.put(check, Map.of("value", true));
        }
        return legal;
    }

    /** The user claims the case's open task and submits it, as Tasklist does; the answer is the test's to judge. */
    public ResponseEntity<JsonNode> submit(String user, Case c, Map<String, Object> variables) {
        return tasklist.claimAndSubmit(user, c.instance(), variables);
    }

    public void ok(String user, Case c, Map<String, Object> variables) {
        ResponseEntity<JsonNode> done = submit(user, c, variables);
        assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The case's open task (there is one at a time in these cases), as an administrator sees it. */
    public JsonNode openTask(Case c) {
        JsonNode tasks = http.get("admin", "/engine-rest/task?processInstanceId=" + c.instance()).getBody();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    public JsonNode variable(Case c, String name) {
        return http.get("admin", "/engine-rest/process-instance/{id}/variables/{name}", c.instance(), name).getBody();
    }

    /** A checklist as Tasklist sends it: Json. */
    public static Map<String, Object> json(List<String> values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "" : ",").append('"').append(values.get(i)).append('"');
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("value", text.append(']').toString());
        value.put("type", "Json");
        return value;
    }
}
