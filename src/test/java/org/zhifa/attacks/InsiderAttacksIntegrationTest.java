package org.zhifa.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.evidence.AccessLog;
import org.zhifa.evidence.Media;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases.Case;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, tried as dishonest insiders would, through the documented APIs only — one test per finding: each attack
 * is refused, or shows in the case's record. Rows 1–8 and 10 of the issue's table; the administrator's models (row 9)
 * and the record's tamper evidence are in {@link AdministratorAndDatabaseAttacksIntegrationTest}.
 */
@ZhifaIntegrationTest
class InsiderAttacksIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    CaseRecord caseRecord;
    @Autowired
    AccessLog accessLog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void row1_aHandlerNotOnTheCaseCannotStartAProcessUnderItsNumberNorReadItAfterwards() {
        PenaltyCases cases = new PenaltyCases(http);
        Case a = cases.filed("person", "53010012346");
        int entries = caseRecord.entries(a.businessKey()).size();

        ResponseEntity<JsonNode> started = http.post("chenji", "/engine-rest/process-definition/key/"
                + PenaltyCases.PROCESS + "/submit-form", Map.of("businessKey", a.businessKey(), "variables",
                        cases.report("person")));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(started.getBody().get("message").asText()).contains(a.businessKey(), "已被案件使用");
        ResponseEntity<JsonNode> plain = http.post("chenji", "/engine-rest/process-definition/key/"
                + PenaltyCases.PROCESS + "/start", Map.of("businessKey", a.businessKey(), "variables",
                        cases.report("person")));
        assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(caseRecord.entries(a.businessKey())).hasSize(entries);
        assertThat(http.get("chenji", "/api/cases/{bk}/record", a.businessKey()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("chenji", "/api/cases/{bk}/evidence", a.businessKey()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("lisi", "/api/cases/{bk}/record", a.businessKey()).getStatusCode())
                .as("an officer of the case took part").isEqualTo(HttpStatus.OK);
    }

    @Test
    void row1_noModelLetsAUserTakeTheNextCaseNumberAndNumberingPassesOverOneInUse() {
        PenaltyCases cases = new PenaltyCases(http);
        Case a = cases.reported("person");
        String prefix = a.businessKey().substring(0, a.businessKey().lastIndexOf('-') + 1);
        long n = Long.parseLong(a.businessKey().substring(prefix.length()));
        String next = prefix + "%06d".formatted(n + 1);

        ResponseEntity<JsonNode> taken = http.post("wujiu", "/engine-rest/process-definition/key/catalogue-change/"
                + "submit-form", Map.of("businessKey", next, "variables", Http.variables("agencyCode", "KMSJ",
                        "catalogueSection", "random-inspection", "catalogueKey", "CC-taken", "catalogueTitle", "抢号",
                        "catalogueContentText", "抽查对象：药品零售企业\n抽查内容：购销记录\n抽查方式：现场检查\n抽查依据：药品管理法")));
        assertThat(taken.getStatusCode()).as(String.valueOf(taken.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taken.getBody().get("message").asText()).contains("业务编号", next, "只能由系统分配");

        // a number some process got before numbers were the server's alone is passed over
        jdbc.update("insert into business_keys (business_key, process_definition_key, process_instance_id, started_by, "
                + "registered_at) values (?, 'catalogue-change', 'earlier', 'wujiu', ?)", next,
                java.sql.Timestamp.from(java.time.Instant.now()));
        assertThat(cases.reported("person").businessKey()).isEqualTo(prefix + "%06d".formatted(n + 2));
    }

    @Test
    void row1_anApplicationNumberCannotBeTakenAndItsStatusPageStaysAnAnswer() {
        JsonNode receipt = http.post("wangting", "/api/applications", Map.of("serviceItemCode", "SPJY-XB", "applicant",
                Map.of("type", "organisation", "name", "昆明𠮷祥商贸有限公司", "idNumber", "91530102MA6N12345F", "phone",
                        "0871-66668888"), "materials", List.of("application-form"))).getBody();
        String number = receipt.get("applicationNumber").asText();

        ResponseEntity<JsonNode> taken = http.post("wuyi", "/engine-rest/process-definition/key/application-case/submit-form",
                Map.of("businessKey", number, "variables", Http.variables("serviceItemCode", "SPJY-XB", "applicantType",
                        "person", "applicantName", "冒名者", "applicantIdNumber", "530102199001011231", "applicantPhone",
                        "13800000000", "receivedAt", new PenaltyCases(http).today())));
        assertThat(taken.getStatusCode()).as(String.valueOf(taken.getBody())).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<JsonNode> status = http.get(null, "/api/applications/{n}/status?code={c}", number,
                receipt.get("verificationCode").asText());
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status.getBody().get("applicationNumber").asText()).isEqualTo(number);
    }

    @Test
    void row2_aHandlerCannotStartADisclosureOfAnInventedDecision() {
        Case a = new PenaltyCases(http).filed("person", "53010012346");
        long publications = jdbc.queryForObject("select count(*) from publications", Long.class);

        ResponseEntity<JsonNode> started = http.post("zhangsan", "/engine-rest/process-definition/key/result-disclosure/start",
                Map.of("businessKey", a.businessKey(), "variables", Http.variables("decisionNumber", "昆市监罚〔2026〕999号",
                        "fineAmount", "500000", "penalties", "revokeLicence", "caseKind", "penalty")));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(started.getBody().get("message").asText()).contains("只能由系统");
        assertThat(http.post("zhangsan", "/engine-rest/process-definition/key/evidence-release/start",
                Map.of("variables", Map.of())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from publications", Long.class)).isEqualTo(publications);
        assertThat(http.get("admin", "/engine-rest/process-instance?businessKey={bk}&processDefinitionKey=result-disclosure",
                a.businessKey()).getBody()).isEmpty();
    }

    @Test
    void row3_aLegalReviewerWhoWasAnOfficerCannotReviewTheCaseWhateverHeSends() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.atLegalReview("organisation", "53010012349");
        String task = cases.openTask(c).get("id").asText();
        assertThat(cases.openTask(c).get("taskDefinitionKey").asText()).isEqualTo("Task_LegalReview");

        Map<String, Object> forged = PenaltyCases.legalApproval();
        forged.putAll(Http.variables("caseHandlers", ","));
        ResponseEntity<JsonNode> withForgery = http.post("zhaoliu", "/engine-rest/task/" + task + "/complete",
                Map.of("variables", forged));
        assertThat(withForgery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withForgery.getBody().get("message").asText()).contains("caseHandlers", "本步骤的表单没有这一项");
        ResponseEntity<JsonNode> plain = http.post("zhaoliu", "/engine-rest/task/" + task + "/complete",
                Map.of("variables", PenaltyCases.legalApproval()));
        assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plain.getBody().get("message").asText()).contains("四眼原则");
        assertThat(http.post("zhaoliu", "/engine-rest/task/" + task + "/claim", Map.of("userId", "zhaoliu"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases.openTask(c).get("taskDefinitionKey").asText()).isEqualTo("Task_LegalReview");
    }

    @Test
    void row4_aHandlerCannotTurnAPersonIntoAnOrganisationToSkipTheReviews() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.notified("person", 60000);
        Map<String, Object> opinion = cases.opinion(List.of("fine"), 60000);
        opinion.putAll(Http.variables("partyType", "organisation"));
        ResponseEntity<JsonNode> refused = cases.submit("zhangsan", c, opinion);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("partyType");

        cases.ok("zhangsan", c, cases.opinion(List.of("fine"), 60000));
        cases.ok("wangwu", c, Http.variables("unitDecision", "approve", "unitOpinion", "同意", "complexCase", false));
        assertThat(cases.variable(c, "partyType").get("value").asText()).isEqualTo("person");
        assertThat(cases.variable(c, "legalReviewRequired").get("value").asBoolean())
                .as("a person's 60000 fine needs legal review (Penalty Law Art. 58)").isTrue();
        assertThat(cases.variable(c, "collectiveDiscussionRequired").get("value").asBoolean()).isTrue();
        assertThat(cases.openTask(c).get("taskDefinitionKey").asText()).isEqualTo("Task_LegalReview");
    }

    @Test
    void row5_aLeaderCannotRaiseTheFineAtApprovalAndTheDecisionSaysWhatWasNotifiedAndReviewed() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.reviewedByUnit("person", 5000);
        assertThat(cases.openTask(c).get("taskDefinitionKey").asText()).isEqualTo(OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL);

        Map<String, Object> raised = Http.variables("leaderDecision", "approve", "leaderOpinion", "同意",
                "fineAmount", 300000);
        ResponseEntity<JsonNode> refused = cases.submit("sunqi", c, raised);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("fineAmount");
        cases.ok("sunqi", c, Http.variables("leaderDecision", "approve", "leaderOpinion", "同意"));

        JsonNode documents = http.get("zhangsan", "/api/cases/{bk}/documents", c.businessKey()).getBody();
        String decision = http.getDocumentText("zhangsan", "/api/cases/" + c.businessKey() + "/documents/"
                + decisionPdf(documents)).getBody();
        assertThat(decision).contains("行政处罚决定书", "人民币 5000 元").doesNotContain("300000");
    }

    @Test
    void row5_aDifferentFineInTheOpinionGoesBackToANewNoticeWithItsRights() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.notified("person", 5000);
        cases.ok("zhangsan", c, cases.opinion(List.of("fine"), 300000));
        assertThat(cases.openTask(c).get("taskDefinitionKey").asText()).isEqualTo(OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS);
        List<RecordEntry> record = caseRecord.entries(c.businessKey());
        assertThat(record).anySatisfy(e -> {
            assertThat(e.getActivityId()).isEqualTo(OfficerInitiatedCaseProcess.GATEWAY_OPINION_AS_NOTIFIED);
            assertThat(e.getDetail()).contains("Flow_Renotify");
        });
    }

    @Test
    void row5_anAdministratorWhoMovesTheCasePastItsReviewsGetsNoDecision() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.notified("person", 60000);
        cases.ok("zhangsan", c, cases.opinion(List.of("fine"), 60000));
        String reviewTask = cases.openTask(c).get("id").asText();
        long decisions = jdbc.queryForObject("select count(*) from case_documents where business_key = ?", Long.class,
                c.businessKey());

        ResponseEntity<JsonNode> jumped = http.post("admin", "/engine-rest/process-instance/" + c.instance()
                + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
                        OfficerInitiatedCaseProcess.TASK_ISSUE_DECISION), Map.of("type", "cancel", "activityInstanceId", activityInstance(c,
                                OfficerInitiatedCaseProcess.TASK_UNIT_REVIEW)))));
        assertThat(jumped.getStatusCode()).as(String.valueOf(jumped.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jumped.getBody().get("message").asText()).contains("承办机构审核");
        assertThat(jdbc.queryForObject("select count(*) from case_documents where business_key = ?", Long.class,
                c.businessKey())).isEqualTo(decisions);
        assertThat(cases.openTask(c).get("id").asText()).as("nothing moved").isEqualTo(reviewTask);
    }

    private String activityInstance(Case c, String activityId) {
        JsonNode tree = http.get("admin", "/engine-rest/process-instance/{id}/activity-instances", c.instance()).getBody();
        for (JsonNode child : tree.get("childActivityInstances")) {
            if (child.get("activityId").asText().equals(activityId)) {
                return child.get("id").asText();
            }
        }
        throw new AssertionError("no activity instance of " + activityId + " in " + tree);
    }

    @Test
    void row6_theInvestigatorCannotPresideOverTheHearingUnderAnyName() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.investigated("person");
        cases.ok("zhangsan", c, cases.notice(List.of("fine"), 20000));
        cases.ok("zhangsan", c, Http.variables("statementMade", false, "recusalRequested", false, "hearingRequested",
                true, "hearingRequestedAt", cases.today()));
        String later = java.time.LocalDate.parse(cases.today()).plusDays(7).toString();
        Map<String, Object> notice = Http.variables("hearingNoticeSentAt", cases.today(), "hearingAt", later,
                "hearingPlace", "听证室", "hearingPublic", true);

        Map<String, Object> forged = new java.util.LinkedHashMap<>(notice);
        forged.putAll(Http.variables("presidingOfficer", "zhaoliu", "officerNames", ""));
        assertThat(cases.submit("zhaoliu", c, forged).getBody().get("message").asText()).contains("officerNames");
        Map<String, Object> byName = new java.util.LinkedHashMap<>(notice);
        byName.putAll(Http.variables("presidingOfficer", "张三（执法人员）"));
        // a name is not one of the presiding officers the step offers (user ids of legal reviewers)
        assertThat(cases.submit("zhaoliu", c, byName).getBody().get("message").asText()).contains("presidingOfficer",
                "不是本步骤可选的值");
        Map<String, Object> investigator = new java.util.LinkedHashMap<>(notice);
        investigator.putAll(Http.variables("presidingOfficer", "zhangsan"));
        ResponseEntity<JsonNode> refused = cases.submit("zhaoliu", c, investigator);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("presidingOfficer", "不是本步骤可选的值");

        JsonNode options = http.get("zhaoliu", "/engine-rest/task/{id}/form-variables?deserializeValues=false",
                cases.openTask(c).get("id").asText()).getBody().get("presidingOfficerOptions");
        assertThat(options.toString()).contains("zhaoliu").doesNotContain("zhangsan", "lisi");
        Map<String, Object> proper = new java.util.LinkedHashMap<>(notice);
        proper.putAll(Http.variables("presidingOfficer", "zhaoliu"));
        cases.ok("zhaoliu", c, proper);
        assertThat(cases.variable(c, "presidingOfficerName").get("value").asText()).isEqualTo("赵六");
    }

    @Test
    void row7_documentsWithThePartysDataFollowTheCaseAccessRuleAndEveryReadIsLogged() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.investigated("person");
        cases.ok("zhangsan", c, cases.notice(List.of("fine"), 5000));
        for (String outsider : List.of("wuyi", "chenji", "wujiu")) {
            ResponseEntity<JsonNode> list = http.get(outsider, "/api/cases/{bk}/documents", c.businessKey());
            assertThat(list.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        JsonNode documents = http.get("lisi", "/api/cases/{bk}/documents", c.businessKey()).getBody();
        String sha = java.util.stream.StreamSupport.stream(documents.spliterator(), false)
                .filter(d -> d.get("kind").asText().equals("penalty-rights-notice")).findFirst().orElseThrow()
                .get("sha256").asText();
        assertThat(http.getText("wuyi", "/api/cases/" + c.businessKey() + "/documents/" + sha).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getDocumentText("lisi", "/api/cases/" + c.businessKey() + "/documents/" + sha).getBody())
                .contains("行政处罚事先告知书");

        List<AccessLog.Entry> log = accessLog.latest(20);
        assertThat(log).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("wuyi");
            assertThat(e.action()).isEqualTo("denied");
            assertThat(e.businessKey()).isEqualTo(c.businessKey());
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("lisi");
            assertThat(e.action()).isEqualTo("document");
        });
        assertThat(accessLog.verify().valid()).isTrue();
    }

    @Test
    void row8_aWindowClerkNotOnTheCaseCannotAddEvidenceToIt() {
        Case c = new PenaltyCases(http).filed("person", "53010012346");
        long items = jdbc.queryForObject("select count(*) from evidence_items", Long.class);
        ResponseEntity<JsonNode> refused = http.upload("wuyi", "/api/cases/" + c.businessKey() + "/evidence",
                Map.of("step", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS, "kind", "photo", "focus", "scene"), "scene.png", "image/png",
                Media.png(40, 30));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText()).contains("wuyi", "未参与");
        assertThat(jdbc.queryForObject("select count(*) from evidence_items", Long.class)).isEqualTo(items);
        ResponseEntity<JsonNode> officer = http.upload("lisi", "/api/cases/" + c.businessKey() + "/evidence",
                Map.of("step", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS, "kind", "photo", "focus", "scene"), "scene.png", "image/png",
                Media.png(40, 31));
        assertThat(officer.getStatusCode()).as(String.valueOf(officer.getBody())).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void row10_anAdministratorsVariableEditBetweenStepsIsRecordedAndDerivedValuesCannotBeEdited() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.reviewedByUnit("person", 5000);
        int before = caseRecord.entries(c.businessKey()).size();

        ResponseEntity<JsonNode> edited = http.put("admin", "/engine-rest/process-instance/" + c.instance()
                + "/variables/fineAmount", Map.of("value", 300000));
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        List<RecordEntry> record = caseRecord.entries(c.businessKey());
        assertThat(record).hasSize(before + 1);
        RecordEntry change = record.get(record.size() - 1);
        assertThat(change.getActivityType()).isEqualTo("variableChange");
        assertThat(change.getActor()).isEqualTo("admin");
        assertThat(change.getDetail()).contains("\"name\":\"fineAmount\"", "\"old\":\"", "\"new\":\"")
                .doesNotContain("300000");
        assertThat(caseRecord.verify(c.businessKey()).valid()).isTrue();

        // nor a field whose choices only its step knows (the agency's officers, the item's materials)
        for (String derived : List.of("legalReviewRequired", "caseHandlers", "officerCertificates", "partyType",
                "decisionNumber", "agencyCode", "officer1Certificate")) {
            ResponseEntity<JsonNode> refused = http.put("admin", "/engine-rest/process-instance/" + c.instance()
                    + "/variables/" + derived, Map.of("value", "x"));
            assertThat(refused.getStatusCode()).as(derived).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("message").asText()).contains(derived, "由系统");
        }
        assertThat(caseRecord.entries(c.businessKey())).hasSize(before + 1);

        // the decision is made from what was reviewed, not from the edited variable
        cases.ok("sunqi", c, Http.variables("leaderDecision", "approve", "leaderOpinion", "同意"));
        JsonNode documents = http.get("zhangsan", "/api/cases/{bk}/documents", c.businessKey()).getBody();
        assertThat(http.getDocumentText("zhangsan", "/api/cases/" + c.businessKey() + "/documents/"
                + decisionPdf(documents)).getBody()).contains("人民币 5000 元");
    }

    /** The SHA-256 of the case's decision as PDF (its OFD copy is listed after it). */
    private static String decisionPdf(JsonNode documents) {
        return java.util.stream.StreamSupport.stream(documents.spliterator(), false)
                .filter(d -> d.get("kind").asText().equals("penalty-decision"))
                .filter(d -> d.get("mediaType").asText().equals("application/pdf")).reduce((a, b) -> b).orElseThrow()
                .get("sha256").asText();
    }
}
