package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.process.ApplicationCaseProcess;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.catalogue.process.CatalogueChangeProcess;
import org.zhifa.evidence.process.EvidenceReleaseProcess;
import org.zhifa.testing.Http;
import org.zhifa.testing.Tasklist;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * PM7, PM14, PM15: a disclosure officer changes the agency's catalogue; the change is a version reviewed in Tasklist
 * and published within 20 working days, or returned with reasons; the portal and the open API show only what is
 * published; every step is in the entry's hash-chained record; a missed deadline is flagged for supervisors.
 */
@ZhifaIntegrationTest
class CatalogueIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    Catalogue catalogue;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ProcessEngine engine;

    @Test
    void aPowerIsProposedReviewedPublishedChangedReturnedAndRemovedWithEveryVersionKept() {
        String key = "CF-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/disclosure/catalogue/KMSJ/powers/" + key;
        Map<String, Object> entry = Map.of("title", "对销售过期食品的行政处罚", "content", Map.of("kind", "行政处罚",
                "basis", "《中华人民共和国食品安全法》第一百二十四条", "unit", "执法稽查处"), "note", "新增职权");

        assertThat(put("zhangsan", path, entry).getStatusCode()).as("a case handler does not maintain the catalogue")
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> proposed = put("wujiu", path, entry);
        assertThat(proposed.getStatusCode()).as(String.valueOf(proposed.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(proposed.getBody().get("state").asText()).isEqualTo("pending");
        assertThat(proposed.getBody().get("version").asInt()).isEqualTo(1);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.parse(proposed.getBody().get("dueDate").asText()))
                .as("20 working days from the change (PM14)").isEqualTo(workingDays.after(today, 20));
        assertThat(publicItems("powers")).as("nothing is public before review").doesNotContain(key);
        ResponseEntity<JsonNode> again = put("wujiu", path, entry);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).contains("待审核", "第 1 版");

        Tasklist tasklist = new Tasklist(http);
        String instance = instance("powers", key);
        JsonNode task = tasklist.openTask("wujiu", instance);
        assertThat(task.get("name").asText()).isEqualTo("审核并公示目录变更");
        assertThat(task.get("due").isNull()).as("the task is due at the deadline").isFalse();
        ResponseEntity<JsonNode> published = tasklist.claimAndSubmit("wujiu", instance,
                Http.variables("catalogueDecision", "publish"));
        assertThat(published.getStatusCode()).as(String.valueOf(published.getBody()))
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(publicItems("powers")).contains(key);
        String page = http.getText(null, "/portal/agencies/KMSJ").getBody();
        assertThat(page).contains("对销售过期食品的行政处罚", "《中华人民共和国食品安全法》第一百二十四条", "新增职权");

        Map<String, Object> changed = Map.of("title", "对销售过期食品的行政处罚", "content", Map.of("kind", "行政处罚",
                "basis", "《中华人民共和国食品安全法》第一百二十四条第一款第三项"), "note", "依据细化到项");
        assertThat(put("wujiu", path, changed).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String second = instance("powers", key);
        assertThat(tasklist.claimAndSubmit("wujiu", second, Http.variables("catalogueDecision", "return"))
                .getStatusCode()).as("a return needs its reasons").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasklist.claimAndSubmit("wujiu", second, Http.variables("catalogueDecision", "return",
                "catalogueReason", "第三项不对应销售过期食品，请核对")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(item("powers", key).get("content").get("basis").asText())
                .as("a returned change leaves the published version").isEqualTo("《中华人民共和国食品安全法》第一百二十四条");

        ResponseEntity<JsonNode> removal = http.post("wujiu", path + "/removal", Map.of("note", "职权调整，划转区级"));
        assertThat(removal.getStatusCode()).as(String.valueOf(removal.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(tasklist.claimAndSubmit("wujiu", instance("powers", key), Http.variables("catalogueDecision", "publish"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(publicItems("powers")).doesNotContain(key);

        JsonNode versions = http.get("fengyi", path + "/versions").getBody();
        assertThat(versions).hasSize(3);
        assertThat(versions.findValuesAsText("state")).containsExactly("published", "returned", "published");
        assertThat(versions.get(1).get("reason").asText()).contains("第三项");
        assertThat(versions.get(0).get("removal").asBoolean()).isTrue();
        assertThat(catalogue.changeLog("KMSJ", 50)).extracting(Catalogue.Version::key).contains(key);

        JsonNode record = http.get("fengyi", "/api/cases/{bk}/record", "CAT-KMSJ-powers-" + key).getBody();
        assertThat(record.toString()).contains(CatalogueChangeProcess.TASK_REVIEW, CatalogueChangeProcess.TASK_PUBLISH_CATALOGUE_CHANGE,
                CatalogueChangeProcess.TASK_RETURN_CATALOGUE_CHANGE, "PM14", "PM15");
        assertThat(http.get("fengyi", "/api/cases/{bk}/record/verify", "CAT-KMSJ-powers-" + key).getBody()
                .get("valid").asBoolean()).isTrue();
    }

    @Test
    void aDisclosureOfficerStartsAChangeFromTasklistsStartForm() {
        JsonNode startable = http.get("wujiu", "/engine-rest/process-definition?startableInTasklist=true"
                + "&startablePermissionCheck=true&latestVersion=true").getBody();
        assertThat(startable.findValuesAsText("key")).contains(CatalogueChangeProcess.KEY);
        String key = "CC-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<JsonNode> badLine = http.post("wujiu", "/engine-rest/process-definition/key/catalogue-change/"
                + "submit-form", Map.of("variables", Http.variables("agencyCode", "KMSJ", "catalogueSection",
                        "random-inspection", "catalogueKey", key, "catalogueTitle", "药品零售企业检查",
                        "catalogueContentText", "抽查对象：药品零售企业\n预算：十万元")));
        assertThat(badLine.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badLine.getBody().toString()).contains("预算：十万元", "抽查内容");
        assertThat(catalogue.versions("KMSJ", "random-inspection", key)).isEmpty();

        JsonNode started = new Tasklist(http).start("wujiu", CatalogueChangeProcess.KEY, null, Http.variables("agencyCode",
                "KMSJ", "catalogueSection", "random-inspection", "catalogueKey", key, "catalogueTitle", "药品零售企业检查",
                "catalogueContentText", "抽查对象：辖区内药品零售企业\n抽查内容：药品购销记录、储存条件\n"
                        + "抽查方式：现场检查\n抽查依据：《中华人民共和国药品管理法》第九十九条", "catalogueNote", "新增抽查事项"));
        String instance = started.get("id").asText();
        assertThat(started.get("businessKey").asText()).isEqualTo("CAT-KMSJ-random-inspection-" + key);
        List<Catalogue.Version> versions = catalogue.versions("KMSJ", "random-inspection", key);
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).content()).containsEntry("method", "现场检查").containsEntry("objects", "辖区内药品零售企业");
        assertThat(versions.get(0).changedBy()).isEqualTo("wujiu");
        assertThat(new Tasklist(http).claimAndSubmit("wujiu", instance, Http.variables("catalogueDecision", "publish"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(publicItems("random-inspection")).contains(key);
    }

    @Test
    void badEntriesAreRefusedNamingTheFieldAndNothingIsStored() {
        String key = "BAD-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/disclosure/catalogue/KMSJ/random-inspection/" + key;
        ResponseEntity<JsonNode> unknown = put("wujiu", path, Map.of("title", "抽查", "content", Map.of("objects", "商户",
                "content", "经营条件", "method", "现场检查", "basis", "食品安全法", "budget", "10 万元")));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("detail").asText()).contains("content.budget", "objects（抽查对象）");
        ResponseEntity<JsonNode> missing = put("wujiu", path, Map.of("title", "抽查", "content", Map.of("objects",
                "商户")));
        assertThat(missing.getBody().get("detail").asText()).contains("content.content（抽查内容）", "不能为空");
        ResponseEntity<JsonNode> number = put("wujiu", path, Map.of("title", "抽查", "content", Map.of("objects", 5)));
        assertThat(number.getBody().get("detail").asText()).contains("content.objects（抽查对象）", "应为文字");
        assertThat(put("wujiu", path, Map.of("content", Map.of())).getBody().get("detail").asText())
                .contains("title");
        assertThat(put("wujiu", "/api/disclosure/catalogue/KMSJ/budgets/" + key, Map.of("title", "x"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("wujiu", "/api/disclosure/catalogue/NOPE/powers/" + key, Map.of("title", "x"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.post("wujiu", "/api/disclosure/catalogue/KMSJ/powers/" + key + "/removal",
                Map.of("note", "x")).getStatusCode()).as("only a published entry can be removed")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(catalogue.versions("KMSJ", "random-inspection", key)).isEmpty();
        assertThat(http.get("admin", "/engine-rest/process-instance?businessKey=CAT-KMSJ-random-inspection-" + key)
                .getBody()).isEmpty();
    }

    @Test
    void theHeadIsWarnedAndAMissedDeadlineIsFlaggedThenPublishedLate() {
        String key = "FY-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/disclosure/catalogue/KMSJ/remedies/" + key;
        assertThat(put("wujiu", path, Map.of("title", "行政复议（新）", "content", Map.of("channel", "行政复议", "body",
                "昆明市人民政府", "period", "六十日内"))).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String instance = instance("remedies", key);
        engine.getManagementService().executeJob(timer(instance, CatalogueChangeProcess.TIMER_WARNING).getId());
        JsonNode warning = http.get("sunqi", "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=Task_CatalogueWarning").getBody();
        assertThat(warning).as("the head sees the warning").hasSize(1);
        engine.getManagementService().executeJob(timer(instance, CatalogueChangeProcess.TIMER_DEADLINE).getId());

        JsonNode overdue = http.get("fengyi", "/api/disclosure/catalogue/overdue").getBody();
        assertThat(overdue.findValuesAsText("key")).contains(key);
        assertThat(http.get("zhangsan", "/api/disclosure/catalogue/overdue").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode review = http.get("wujiu", "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=Task_ReviewCatalogueChange").getBody();
        assertThat(review).as("the review stays open after the deadline").hasSize(1);
    }

    @Test
    void officersAreListedWithPhotosOnlyWhileTheirCertificateIsValidAndEveryChangeIsVersioned() throws Exception {
        byte[] png = png();
        ResponseEntity<JsonNode> refused = upload("zhangsan", "53010012345", png);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> text = upload("admin", "53010012345", "不是图片".getBytes());
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(text.getBody().get("detail").asText()).contains("JPEG 或 PNG", "text/plain");
        assertThat(upload("admin", "53010012345", png).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(upload("admin", "53010090002", png).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<byte[]> photo = http.download(null, "/api/public/officers/53010012345/photo");
        assertThat(photo.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(photo.getBody()).isEqualTo(png);
        assertThat(http.download(null, "/api/public/officers/53010090002/photo").getStatusCode())
                .as("a revoked officer's photo is not public").isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode view = http.get(null, "/api/public/agencies/KMSJ/catalogue").getBody();
        assertThat(view.get("officers").findValuesAsText("certificateNumber")).contains("53010012345")
                .doesNotContain("53010090001", "53010090002");
        assertThat(view.get("officers").toString()).doesNotContain("zhangsan", "userId");
        assertThat(view.get("officers").get(0).get("unit").asText()).isEqualTo("昆明市市场监督管理局");
        String page = http.getText(null, "/portal/agencies/KMSJ").getBody();
        String officers = page.substring(page.indexOf("id=\"officers\""), page.indexOf("</section>",
                page.indexOf("id=\"officers\"")));
        assertThat(officers).contains("张三", "53010012345", "/api/public/officers/53010012345/photo")
                .doesNotContain("孔注销", "钱过期");

        assertThat(catalogue.versions("KMSJ", "officers", "53010012345")).extracting(Catalogue.Version::note)
                .anySatisfy(note -> assertThat(note).startsWith("更换照片"));
        ResponseEntity<JsonNode> changed = http.put("admin", "/api/officers/53010012346", Map.of("name", "李四",
                "agencyCode", "KMSJ", "userId", "lisi", "post", "执法科副科长", "validFrom", "2024-01-01",
                "validUntil", "2029-12-31"));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> nobody = http.put("admin", "/api/officers/53010012346", Map.of("name", "李四",
                "agencyCode", "KMSJ", "userId", "nobody-here", "post", "执法科副科长"));
        assertThat(nobody.getStatusCode()).as("a certificate linked to a user that does not exist")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nobody.getBody().get("detail").asText()).contains("userId", "nobody-here", "不存在");
        // nor by way of a revocation: a revoked certificate takes no new link, to be restored with it afterwards
        ResponseEntity<JsonNode> revokedToNobody = http.put("admin", "/api/officers/53010012346", Map.of("name", "李四",
                "agencyCode", "KMSJ", "userId", "nobody-here", "post", "执法科副科长", "revoked", true));
        assertThat(revokedToNobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(revokedToNobody.getBody().get("detail").asText()).contains("userId", "已注销");
        List<Catalogue.Version> versions = catalogue.versions("KMSJ", "officers", "53010012346");
        assertThat(versions.get(0).content()).containsEntry("职务", "执法科副科长");
        assertThat(versions.get(0).state()).isEqualTo("published");
    }

    @Test
    void theCataloguePageShowsEverySectionOfPm7() {
        String page = http.getText(null, "/portal/agencies/KMSJ").getBody();
        assertThat(page).contains("执法主体", "执法人员", "权责清单", "随机抽查事项清单", "救济渠道", "执法流程", "服务指南",
                "音像记录事项清单", "更新记录", "0871-12345", "食品经营许可（新办）", "/portal/guides/SPJY-XB",
                "/portal/procedures/officer-initiated-case");
        assertThat(page).as("the demo catalogue").contains("行政复议", "食品经营者监督检查", "市场监督管理（食品");
        String guide = http.getText(null, "/portal/guides/SPJY-XB").getBody();
        assertThat(guide).contains("食品经营许可申请书", "申请书示范文本见本机关网站", "20 个工作日");
        assertThat(http.getText(null, "/portal/agencies/NOPE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getText(null, "/portal/guides/NOPE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode agencies = http.get(null, "/api/public/agencies").getBody();
        assertThat(agencies.findValuesAsText("code")).contains("KMSJ");
        assertThat(agencies.toString()).doesNotContain("shortName");
    }

    @Test
    void flowChartsAreTheDeployedModelsWithoutTheEngineSettings() {
        JsonNode procedures = http.get(null, "/api/public/procedures").getBody();
        assertThat(procedures.findValuesAsText("key")).contains(OfficerInitiatedCaseProcess.KEY, ApplicationCaseProcess.KEY)
                .doesNotContain(EvidenceReleaseProcess.KEY, CatalogueChangeProcess.KEY);
        int deployed = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(OfficerInitiatedCaseProcess.KEY).latestVersion().singleResult().getVersion();
        assertThat(procedures.get(0).get("version").asInt()).isEqualTo(deployed);

        String xml = http.getText(null, "/api/public/procedures/officer-initiated-case/diagram.bpmn").getBody();
        assertThat(xml).contains("bpmndi:BPMNDiagram", "bpmn:userTask", "bpmn:documentation")
                .doesNotContain("camunda:", "candidateGroups", "${", "http://camunda.org/schema");
        JsonNode steps = http.get(null, "/api/public/procedures/officer-initiated-case").getBody().get("steps");
        assertThat(steps.findValuesAsText("lawText")).anySatisfy(text -> assertThat(text)
                .startsWith("《云南省行政执法全过程记录办法》第"));
        assertThat(http.get(null, "/api/public/procedures/evidence-release").getStatusCode())
                .as("only the catalogue's procedures are published").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getText(null, "/api/public/procedures/evidence-release/diagram.bpmn").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String page = http.getText(null, "/portal/procedures/officer-initiated-case").getBody();
        assertThat(page).contains("现行第 <span>" + deployed + "</span> 版", "bpmn-navigated-viewer.production.min.js",
                "data-source=\"/api/public/procedures/officer-initiated-case/diagram.bpmn\"", "<th scope=\"row\">");
        assertThat(http.download(null, "/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String user : new String[] { "zhangsan", "wujiu" }) {
            assertThat(http.getText(user, "/api/public/procedures/officer-initiated-case/diagram.bpmn").getBody())
                    .as("the same chart whoever is logged in").isEqualTo(xml);
            assertThat(http.get(user, "/api/public/agencies/KMSJ/catalogue").getBody().get("procedures")
                    .findValuesAsText("key")).contains(OfficerInitiatedCaseProcess.KEY);
        }
    }

    private ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return http.put(user, path, body);
    }

    private ResponseEntity<JsonNode> upload(String user, String certificate, byte[] content) {
        return http.putBytes(user, "/api/officers/" + certificate + "/photo", "image/png", content);
    }

    private List<String> publicItems(String section) {
        JsonNode sections = http.get(null, "/api/public/agencies/KMSJ/catalogue").getBody().get("sections");
        for (JsonNode s : sections) {
            if (s.get("code").asText().equals(section)) {
                return s.get("items").findValuesAsText("key");
            }
        }
        throw new AssertionError("no section " + section);
    }

    private JsonNode item(String section, String key) {
        JsonNode sections = http.get(null, "/api/public/agencies/KMSJ/catalogue").getBody().get("sections");
        for (JsonNode s : sections) {
            for (JsonNode item : s.get("items")) {
                if (s.get("code").asText().equals(section) && item.get("key").asText().equals(key)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no published " + key);
    }

    /** The open change process of the entry. */
    private String instance(String section, String key) {
        JsonNode found = http.get("admin", "/engine-rest/process-instance?processDefinitionKey=catalogue-change"
                + "&businessKey={bk}", "CAT-KMSJ-" + section + "-" + key).getBody();
        assertThat(found).hasSize(1);
        return found.get(0).get("id").asText();
    }

    private Job timer(String instance, String activity) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activity)
                .singleResult();
    }

    private static byte[] png() throws Exception {
        var image = new java.awt.image.BufferedImage(72, 96, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
