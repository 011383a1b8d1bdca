package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.requests.process.InformationRequestProcess;
import org.zhifa.testing.Http;
import org.zhifa.testing.Tasklist;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * PM22: a request for government information is taken in on the open API or the portal form, answered in Tasklist
 * within 20 working days with one of the answers of the Regulations, and followed with its number and code; guessing
 * codes locks the number; a missed deadline reaches the head and the supervisors.
 */
@ZhifaIntegrationTest
class InformationRequestIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRequestIsAnsweredInTasklistAndFollowedWithItsCode() {
        ResponseEntity<JsonNode> missing = http.post(null, "/api/public/information-requests", Map.of("agencyCode",
                "KMSJ", "requester", "赵某某", "contact", "13800003333", "description", "2025 年食品抽检结果"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("detail").asText()).contains("idDocument");
        assertThat(http.post(null, "/api/public/information-requests", Map.of("agencyCode", "NOPE", "requester", "x"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> receipt = http.post(null, "/api/public/information-requests", Map.of("agencyCode",
                "KMSJ", "requester", "赵某某", "idDocument", "530102199001011231", "contact", "13800003333",
                "description", "2025 年本市食品安全监督抽检结果", "delivery", "electronic"));
        assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
        long reference = receipt.getBody().get("reference").asLong();
        String code = receipt.getBody().get("queryCode").asText();
        JsonNode status = http.get(null, "/api/public/information-requests/" + reference + "?code=" + code).getBody();
        assertThat(status.get("outcome").isNull()).isTrue();
        assertThat(status.toString()).doesNotContain("530102199001011231", "13800003333");

        String instance = instance(reference);
        Tasklist tasklist = new Tasklist(http);
        JsonNode task = tasklist.openTask("wujiu", instance);
        assertThat(task.get("name").asText()).isEqualTo("办理政府信息公开申请");
        assertThat(tasklist.claimAndSubmit("wujiu", instance, Http.variables("requestOutcome", "partly"))
                .getStatusCode()).as("an answer needs its text").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasklist.claimAndSubmit("wujiu", instance, Http.variables("requestOutcome", "partly",
                "requestReply", "抽检结果已于本机关网站公开；涉及商业秘密的检验数据不予公开（条例第十五条）。"
                        + "如不服，可以依法申请行政复议或者提起行政诉讼。")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        status = http.get(null, "/api/public/information-requests/" + reference + "?code=" + code).getBody();
        assertThat(status.get("outcome").asText()).isEqualTo("partly");
        assertThat(status.get("outcomeName").asText()).isEqualTo("部分公开");
        assertThat(http.get("fengyi", "/api/cases/{bk}/record", businessKey(instance)).getBody().toString())
                .contains(InformationRequestProcess.TASK_ANSWER, "PM22");

        // the written answer is listed under the request for the officer who answered it, and verifiable by its code
        JsonNode answers = http.get("wujiu", "/api/cases/{bk}/documents", businessKey(instance)).getBody();
        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.get("title").asText()).isEqualTo("政府信息公开申请答复书");
            assertThat(http.get(null, "/api/public/documents/verify?code={c}", answer.get("verificationCode").asText())
                    .getBody().toString()).contains("政府信息公开申请答复书", "昆明市市场监督管理局")
                    .doesNotContain("抽检结果已于本机关网站公开");
        });
        assertThat(http.get("zhangsan", "/api/cases/{bk}/documents", businessKey(instance)).getStatusCode())
                .as("RM22: an officer who took no part").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void guessingQueryCodesLocksTheRequestNumber() {
        long reference = http.post(null, "/api/public/information-requests", Map.of("agencyCode", "KMSJ",
                "requester", "钱某", "idDocument", "530102199001011231", "contact", "x@example.com", "description",
                "某案处罚决定书")).getBody().get("reference").asLong();
        for (int i = 0; i < 5; i++) {
            assertThat(http.get(null, "/api/public/information-requests/" + reference + "?code=00000" + i)
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        ResponseEntity<JsonNode> locked = http.get(null, "/api/public/information-requests/" + reference
                + "?code=123456");
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getBody().get("detail").asText()).contains("暂停查询");
        assertThat(http.getText(null, "/portal/requests/status?reference=" + reference + "&code=123456")
                .getStatusCode()).as("the portal page is locked too").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void thePortalFormTakesARequestKeepsWhatWasTypedAndShowsTheStatus() {
        String form = http.getText(null, "/portal/requests").getBody();
        assertThat(form).contains("申请公开政府信息", "<label for=\"description\">", "昆明市市场监督管理局");
        ResponseEntity<String> missing = http.postForm("/portal/requests", Map.of("agencyCode", "KMSJ", "requester",
                "孙某", "contact", "13800004444"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).contains("缺少 idDocument", "value=\"13800004444\"");
        ResponseEntity<String> sent = http.postForm("/portal/requests", Map.of("agencyCode", "KMSJ", "requester",
                "孙某", "idDocument", "530102199001011231", "contact", "13800004444", "description", "随机抽查事项清单",
                "delivery", "paper"));
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody()).contains("申请已收到", "查询码");
        java.util.regex.Matcher numbers = java.util.regex.Pattern
                .compile("<dt>申请编号</dt><dd>(\\d+)</dd>\\s*<dt>查询码</dt><dd>(\\d{6})</dd>").matcher(sent.getBody());
        assertThat(numbers.find()).isTrue();
        String page = http.getText(null, "/portal/requests/status?reference=" + numbers.group(1) + "&code="
                + numbers.group(2)).getBody();
        assertThat(page).contains("正在办理", "昆明市市场监督管理局").doesNotContain("530102199001011231");

        // a browser sends each line break of a text area as CR LF: counted once, and kept as one LF
        String lines = "甲\r\n".repeat(1999) + "乙";
        ResponseEntity<String> long_ = http.postForm("/portal/requests", Map.of("agencyCode", "KMSJ", "requester",
                "孙某", "idDocument", "530102199001011231", "contact", "13800004444", "description", lines,
                "delivery", "paper"));
        assertThat(long_.getStatusCode()).as(long_.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select description from information_requests order by id desc limit 1",
                String.class)).isEqualTo("甲\n".repeat(1999) + "乙");
    }

    @Test
    void theHeadIsWarnedAndAMissedDeadlineReachesTheSupervisors() {
        long reference = http.post(null, "/api/public/information-requests", Map.of("agencyCode", "KMSJ",
                "requester", "李某", "idDocument", "530102199001011231", "contact", "x", "description", "某信息"))
                .getBody().get("reference").asLong();
        String instance = instance(reference);
        var jobs = engine.getManagementService();
        jobs.executeJob(jobs.createJobQuery().processInstanceId(instance).activityId(InformationRequestProcess.TIMER_WARNING)
                .singleResult().getId());
        jobs.executeJob(jobs.createJobQuery().processInstanceId(instance).activityId(InformationRequestProcess.TIMER_DEADLINE)
                .singleResult().getId());
        JsonNode head = http.get("sunqi", "/engine-rest/task?processInstanceId=" + instance).getBody();
        assertThat(head.findValuesAsText("name")).contains("督办即将到期的申请", "督办逾期未答复的申请");
        assertThat(http.get("fengyi", "/api/disclosure/information-requests/overdue").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private String instance(long reference) {
        return jdbc.queryForObject("select process_instance_id from information_requests where id = ?", String.class,
                reference);
    }

    private String businessKey(String instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getBusinessKey();
    }
}
