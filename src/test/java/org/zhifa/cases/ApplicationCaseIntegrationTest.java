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
import org.zhifa.cases.process.ApplicationCaseProcess;
import org.zhifa.disclosure.process.ResultDisclosureProcess;
import org.zhifa.directory.ServiceItem;
import org.zhifa.directory.ServiceItems;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.testing.Http;
import org.zhifa.testing.Tasklist;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A licence application from an online service hall through {@code POST /api/applications}, worked in Tasklist
 * through {@code /engine-rest} to a served certificate; the applicant follows it with the number and code only.
 */
@ZhifaIntegrationTest
class ApplicationCaseIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    CaseRecord caseRecord;
    @Autowired
    ServiceItems serviceItems;

    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void startFormsAreServedWithTheChoicesTheServerKeeps() {
        JsonNode intake = http.get("wuyi", "/engine-rest/process-definition/key/application-case/deployed-start-form")
                .getBody();
        JsonNode items = field(intake, "serviceItemCode");
        assertThat(items.has("valuesKey")).isFalse();
        assertThat(items.get("values").toString()).contains("{\"label\":\"食品经营许可（新办）\",\"value\":\"SPJY-XB\"}",
                "YPLS-XB", "GGFB-DJ");
        assertThat(field(intake, "materialsProvided").get("values").toString())
                .contains("\"value\":\"pharmacist-proof\"", " ／ 食品经营许可申请书 ／ 药品经营许可证申请表");

        // a service item registered now is offered now, without deploying the form again
        serviceItems.save(new ServiceItem("TEST-ZC", "KMSJ", "测试事项（新办）", "licence", "测试依据", 20, false, null,
                List.of(new ServiceItem.Material("test-proof", "测试证明", true, null))));
        JsonNode again = http.get("wuyi", "/engine-rest/process-definition/key/application-case/deployed-start-form")
                .getBody();
        assertThat(field(again, "serviceItemCode").get("values").toString()).contains("TEST-ZC", "测试事项（新办）");
        assertThat(field(again, "materialsProvided").get("values").toString()).contains("test-proof");

        JsonNode catalogue = http.get("wujiu", "/engine-rest/process-definition/key/catalogue-change/deployed-start-form")
                .getBody();
        assertThat(field(catalogue, "catalogueSection").get("values").toString()).contains("random-inspection",
                "随机抽查事项清单");
        assertThat(field(catalogue, "agencyCode").get("values").toString()).contains("\"value\":\"KMSJ\"");
        // however the address is written (a path parameter such as ;jsessionid is refused before it gets here)
        for (String path : List.of("/engine-rest/process-definition/key/catalogue-change/deployed-start-form/",
                "/engine-rest/process-definition/key/catalogue-change/deployed-start-form//")) {
            ResponseEntity<JsonNode> response = http.get("wujiu", path);
            assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
            JsonNode served = response.getBody();
            assertThat(field(served, "agencyCode").get("values").toString()).as(path).contains("KMSJ");
        }

        // and a start takes only what its form was served with
        ResponseEntity<JsonNode> refused = http.post("wujiu", "/engine-rest/process-definition/key/catalogue-change"
                + "/submit-form", Map.of("variables", Http.variables("agencyCode", "NO-SUCH", "catalogueSection",
                        "random-inspection", "catalogueKey", "item-1", "catalogueTitle", "测试事项")));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("agencyCode", "“NO-SUCH”不是本步骤可选的值")
                .doesNotContain("catalogueSection");
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no field " + key + " in " + form);
    }

    @Test
    void licenceApplicationFromTheServiceHallToAServedCertificate() {
        ResponseEntity<JsonNode> submitted = http.post("wangting", "/api/applications", application(
                List.of("application-form", "subject-proof")));
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = submitted.getBody();
        String number = receipt.get("applicationNumber").asText();
        String code = receipt.get("verificationCode").asText();
        assertThat(number).matches("SQ-\\d{4}-\\d{6}");
        assertThat(receipt.get("missingMaterials").toString()).contains("premises-plan", "safety-rules");
        assertThat(receipt.get("missingMaterialsText").asText()).contains("经营场所平面图");

        Tasklist tasklist = new Tasklist(http);
        String instance = tasklist.openTask("wuyi", instanceOf(number)).get("processInstanceId").asText();
        submit(tasklist, "wuyi", instance, Http.variables("materialsDecision", "notify"));
        assertThat(status(number, code).get("stage").asText()).isEqualTo("待申请人补正材料");
        Map<String, Object> supplement = Http.variables("supplementOutcome", "supplemented", "supplementReceivedAt", today);
        supplement.put("supplementedMaterials", Map.of("value", "[\"premises-plan\",\"safety-rules\"]", "type", "Json"));
        submit(tasklist, "wuyi", instance, supplement);
        submit(tasklist, "wuyi", instance, Http.variables("materialsDecision", "accept"));
        submit(tasklist, "zhangsan", instance, Http.variables("nextStep", "siteVerification"));
        submit(tasklist, "zhangsan", instance, Http.variables("verifiedAt", today, "verificationPlace", "经营场所",
                "verificationFindings", "与申请一致"));
        submit(tasklist, "zhangsan", instance, Http.variables("nextStep", "opinions"));
        submit(tasklist, "zhangsan", instance, Http.variables("consulted", "相邻住户", "opinionsSummary", "无异议",
                "solicitedAt", today));
        submit(tasklist, "zhangsan", instance, Http.variables("nextStep", "decide", "examinationOpinion", "符合条件"));
        submit(tasklist, "sunqi", instance, Http.variables("licensingDecision", "grant", "validYears", 5));
        JsonNode progress = status(number, code);
        assertThat(progress.get("stage").asText()).isEqualTo("已作出决定，待送达");
        assertThat(progress.get("result").asText()).startsWith("准予许可（昆市监许〔");
        submit(tasklist, "zhangsan", instance, Http.variables("serviceMethod", "inPerson", "servedAt", today,
                "recipient", "王经理"));

        JsonNode done = status(number, code);
        assertThat(done.get("stage").asText()).isEqualTo("准予许可，已办结");
        assertThat(done.get("acceptedAt").asText()).isEqualTo(today);
        assertThat(done.toString()).as("nothing but the stage and its dates").doesNotContain("91530102MA6N12345F",
                "0871", "王经理", "verificationCode");

        List<String> laws = new ArrayList<>();
        caseRecord.entries(number).stream().filter(e -> e.getProcessDefinitionKey().equals(ApplicationCaseProcess.KEY))
                .map(RecordEntry::getLaw).filter(l -> !laws.contains(l)).forEach(laws::add);
        assertThat(caseRecord.entries(number)).as("the licence's disclosure is part of the case's record")
                .anyMatch(e -> e.getProcessDefinitionKey().equals(ResultDisclosureProcess.KEY));
        assertThat(laws).containsExactly("RM10.1", "RM10.4", "RM10.3", "RM10.9", "RM10.5", "RM10.7", "RM10.8",
                "RM10.10");
        assertThat(caseRecord.entries(number).get(0).getActor()).isEqualTo("wangting");
        assertThat(caseRecord.verify(number).valid()).isTrue();
        JsonNode documents = http.get("zhangsan", "/api/cases/{key}/documents", number).getBody();
        // a receipt of the materials at each check, the one-time notice between them
        assertThat(documents).extracting(d -> d.get("title").asText()).containsExactly("申请材料接收凭证", "补正材料通知书",
                "申请材料接收凭证", "受理通知书", "现场核查记录", "准予行政许可决定书", "准予行政许可决定书", "送达回证");
    }

    @Test
    void badApplicationsGetBadRequestNamingTheFieldAndCreateNothing() {
        Map<String, Object> unknownItem = application(List.of());
        unknownItem.put("serviceItemCode", "NO-SUCH-ITEM");
        ResponseEntity<JsonNode> refused = http.post("wangting", "/api/applications", unknownItem);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").toString()).contains("serviceItemCode", "NO-SUCH-ITEM");

        Map<String, Object> badId = application(List.of());
        ((Map<String, Object>) badId.get("applicant")).put("idNumber", "91530102MA6N12345X");
        refused = http.post("wangting", "/api/applications", badId);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).contains("applicantIdNumber", "校验位");

        Map<String, Object> noApplicant = application(List.of());
        noApplicant.remove("applicant");
        refused = http.post("wangting", "/api/applications", noApplicant);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").toString()).contains("applicantIdNumber", "applicantName");

        assertThat(http.post("zhangsan", "/api/applications", application(List.of())).getStatusCode())
                .as("only window clerks and the service hall submit").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post(null, "/api/applications", application(List.of())).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void progressQueryNeedsTheRightCodeAndSaysTheSameForUnknownNumbers() {
        JsonNode receipt = http.post("wangting", "/api/applications", application(List.of("application-form",
                "subject-proof", "premises-plan", "safety-rules"))).getBody();
        String number = receipt.get("applicationNumber").asText();

        assertThat(status(number, receipt.get("verificationCode").asText()).get("stage").asText()).isEqualTo("材料审查中");
        ResponseEntity<JsonNode> wrongCode = http.get(null, "/api/applications/{n}/status?code=000000x", number);
        // a number no other test tries (the attack suites' wrong tries of theirs pause that number for everyone)
        ResponseEntity<JsonNode> unknown = http.get(null, "/api/applications/SQ-1998-000321/status?code=123456");
        assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongCode.getBody().get("detail")).isEqualTo(unknown.getBody().get("detail"));
    }

    private JsonNode status(String number, String code) {
        ResponseEntity<JsonNode> status = http.get(null, "/api/applications/{n}/status?code={c}", number, code);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        return status.getBody();
    }

    private String instanceOf(String number) {
        return http.get("fengyi", "/engine-rest/process-instance?businessKey={n}", number).getBody().get(0).get("id")
                .asText();
    }

    private Map<String, Object> application(List<String> materials) {
        Map<String, Object> applicant = new java.util.LinkedHashMap<>(Map.of("type", "organisation", "name",
                "昆明𠮷祥商贸有限公司", "idNumber", "91530102MA6N12345F", "legalRepresentative", "李强",
                "phone", "0871-66668888", "address", "昆明市五华区"));
        Map<String, Object> request = new java.util.LinkedHashMap<>();
        request.put("serviceItemCode", "SPJY-XB");
        request.put("applicant", applicant);
        request.put("materials", materials);
        request.put("receivedAt", today);
        return request;
    }

    private static void submit(Tasklist tasklist, String user, String instance, Map<String, Object> variables) {
        ResponseEntity<JsonNode> submitted = tasklist.claimAndSubmit(user, instance, variables);
        assertThat(submitted.getStatusCode()).as(user + ": " + submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
