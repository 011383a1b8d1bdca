package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.disclosure.process.ResultDisclosureProcess;
import org.zhifa.testing.Browser;
import org.zhifa.testing.CockpitPage;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.TasklistPage;
import org.zhifa.testing.ZhifaIntegrationTest;

/**
 * Issue 14, point 5: a whole penalty case worked in Tasklist in Chromium, each step by its user from a Chinese filter
 * — report, filing, officers, investigation, notice of rights, hearing request, hearing notice and record, opinion,
 * unit review, legal review, collective discussion, approval, service, payment, archiving —, the disclosure officer
 * publishing the result and the public finding it on the portal; a refused submission and a four-eyes refusal shown
 * in Chinese. Point 6: a supervisor finds a case in Cockpit by its business key and reads its full-process record in
 * Chinese, closed or running. Screenshots of every step go to {@code target/tasklist-screenshots/case/}.
 */
@ZhifaIntegrationTest
class PenaltyCaseBrowserIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "tasklist-screenshots", "case");
    private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyyy/M/d");

    private static ChromeDriver browser;

    @Autowired
    Http http;
    @Autowired
    ProcessEngine engine;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPenaltyCaseFromReportToThePortalInTasklist() throws InterruptedException {
        TasklistPage tasklist = new TasklistPage(browser, http.port(), SCREENSHOTS);
        LocalDate day = dayThatLasts(ZoneId.of("Asia/Shanghai"));
        String today = ENTERED.format(day);
        String cause = "涉嫌销售过期糕点（浏览器办案）";

        Map<String, Object> report = values("执法类别", "行政处罚", "案件来源", "投诉", "来源说明", "消费者投诉", "案由", cause,
                "当事人类型", "法人或其他组织", "当事人姓名或名称", "昆明浏览器商贸有限公司", "身份证号码或统一社会信用代码",
                "91530100MA6K000001", "发现或收到线索日期", today);
        // a refused submission: the code's check digit is wrong, and Tasklist says so in the server's words
        String refused = tasklist.start("zhangsan", "依职权行政执法案件", report);
        assertThat(refused).contains("统一社会信用代码", "校验位应为 0").doesNotContain("Cannot", "instantiate");
        tasklist.screenshot("refused-submission");
        // form-js's own check of a required field, in Chinese too
        tasklist.fill(values("身份证号码或统一社会信用代码", ""));
        assertThat(tasklist.fieldErrors("身份证号码或统一社会信用代码")).containsExactly("必须填写");
        tasklist.assertChinese("a form-js validation message");
        tasklist.fill(values("身份证号码或统一社会信用代码", "91530100MA6K000000"));
        // the earlier refusal may still be shown above it: the latest notification is the last
        String shown = tasklist.submitStart("流程已启动");
        assertThat(shown.substring(shown.lastIndexOf('×'))).contains("流程已启动").doesNotContain("校验位");
        String started = engine.getHistoryService().createHistoricProcessInstanceQuery().startedBy("zhangsan")
                .variableValueEquals("caseCause", cause).orderByProcessInstanceStartTime().desc().list().get(0).getId();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started)
                .singleResult();
        assertThat(instance).as("the case started from Tasklist").isNotNull();

        step(tasklist, instance, "sunqi", OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL,
                values("审批意见", "同意立案", "理由", "符合立案条件"));
        step(tasklist, instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS,
                values("执法人员一", "张三", "执法人员二", "李四", "出示证件（到场）日期", today));
        step(tasklist, instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION,
                values("下一步", "调查终结", "调查结论", "违法事实成立", "调查终结报告", "事实清楚，证据确凿"));
        step(tasklist, instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS,
                values("拟作出的行政处罚", List.of("罚款"), "拟罚款金额（元）", "150000", "拟处罚的事实、理由和依据",
                        "违反《食品安全法》第三十四条", "告知书送达日期", today, "送达方式", "直接送达"));
        step(tasklist, instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE,
                values("当事人要求听证", true, "提出听证申请日期", today));
        step(tasklist, instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE,
                values("通知日期", today, "听证日期", ENTERED.format(day.plusDays(10)), "听证地点", "本局听证室",
                        "听证主持人（未参与本案调查的人员）", "赵六", "公开举行", true));
        step(tasklist, instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_HEARING_RECORD,
                values("听证日期", today, "当事人到场", true, "听证笔录要点", "当事人对事实无异议，请求从轻", "听证主持人意见",
                        "维持拟处罚意见"));
        step(tasklist, instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION,
                values("违法事实", "当事人销售超过保质期的食品 12 件", "证据", "现场检查笔录、询问笔录、照片", "法律依据",
                        "《食品安全法》第一百二十四条", "适用的裁量基准及情节", "首次违法，从轻", "处理意见", List.of("罚款"),
                        "罚款金额（元）", "150000", "处理意见说明", "建议罚款 150000 元"));
        step(tasklist, instance, "wangwu", OfficerInitiatedCaseProcess.TASK_UNIT_REVIEW,
                values("审核意见", "同意", "理由", "事实清楚", "案情复杂（须集体讨论）", true));
        Map<String, Object> legal = values("审核意见", "同意", "书面审核意见", "同意");
        for (String check : List.of("执法主体合法，未超越职权", "案件事实清楚", "证据确实充分", "适用法律依据准确", "裁量基准运用适当",
                "程序合法", "当事人的陈述、申辩、听证等权利得到保障")) {
            legal.put(check, true);
        }
        step(tasklist, instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, legal);
        for (String member : List.of("sunqi", "zhouba")) {
            Task opinion = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey(OfficerInitiatedCaseProcess.TASK_COMMITTEE_OPINION).taskAssignee(member)
                    .singleResult();
            assertThat(tasklist.work(member, "我的待办", opinion.getId(), "集体讨论成员意见", values("意见", "同意", "理由",
                    "同意处理意见"))).doesNotContain("出错");
        }
        step(tasklist, instance, "sunqi", OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION,
                values("结论", "同意处理意见", "集体讨论决定", "同意罚款 150000 元"));
        step(tasklist, instance, "sunqi", OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL,
                values("审批意见", "批准", "审批意见说明", "同意"));
        step(tasklist, instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_SERVE_DECISION,
                values("送达方式", "直接送达", "送达日期", today, "签收人", "王经理"));
        step(tasklist, instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE,
                values("履行情况", "已履行", "缴纳（履行）日期", today, "实缴金额（元）", "150000", "缴款凭证号", "JK-0001"));
        step(tasklist, instance, "zhengshi", OfficerInitiatedCaseProcess.TASK_ARCHIVE,
                values("归档日期", today, "卷宗号", "KMSJ-BROWSER-" + day.getYear(), "保管期限（年）", "30"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .as("the case is archived and closed").isZero();

        // the disclosure officer publishes the redacted result, and the public finds it on the portal
        Task disclosure = engine.getTaskService().createTaskQuery().processDefinitionKey(ResultDisclosureProcess.KEY)
                .taskDefinitionKey(ResultDisclosureProcess.TASK_REVIEW).processVariableValueEquals(
                        ResultDisclosureProcess.CASE_PROCESS_INSTANCE, instance.getId()).singleResult();
        assertThat(disclosure).as("the result waits for the disclosure officer").isNotNull();
        assertThat(tasklist.work("wujiu", "本组待办", disclosure.getId(), "审核公示内容", values("公示方式", "摘要公示",
                "审核结论", "公示"))).doesNotContain("出错");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(disclosure
                .getProcessInstanceId()).singleResult().getEndActivityId()).isEqualTo(ResultDisclosureProcess.END_PUBLISHED);
        browser.manage().deleteAllCookies();
        browser.get(tasklist.site() + "/portal/");
        String caseName = "昆明浏览器商贸有限公司" + cause + "案";
        tasklist.waiting(20).until(d -> d.findElement(By.tagName("body")).getText().contains(caseName));
        tasklist.screenshot("portal");

        // point 6: the supervisor finds the closed case in Cockpit by its business key and reads its record in Chinese
        CockpitPage cockpit = new CockpitPage(browser, http.port(), SCREENSHOTS);
        cockpit.login("fengyi", "demo");
        String record = cockpit.searchRecord(instance.getBusinessKey());
        assertThat(record).contains("案件 " + instance.getBusinessKey(), "哈希链校验通过", "案件来源登记", "立案审批",
                "法制审核", "集体讨论", "送达决定书", "归档", "当事人姓名或名称", "昆明浏览器商贸有限公司", "建议罚款 150000 元",
                "RM11").doesNotContain("打开该案件办理中的流程实例");
        assertThat(record).as("deadlines in China's time, not as the UTC instants kept")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        assertThat(record).as("choices under their labels").containsPattern("处理意见\\s+罚款").doesNotContainPattern(
                "(?<![A-Za-z])fine(?![A-Za-z])");
        cockpit.assertChinese("the record of a closed case");
        cockpit.screenshot("cockpit-record");
    }

    @Test
    void aLegalReviewerWhoWasAnOfficerOfTheCaseIsToldWhyHeCannotClaimIt() {
        PenaltyCases cases = new PenaltyCases(http);
        PenaltyCases.Case c = cases.atLegalReview("organisation", "53010012349");
        String review = cases.openTask(c).get("id").asText();

        TasklistPage tasklist = new TasklistPage(browser, http.port(), SCREENSHOTS);
        tasklist.open("zhaoliu", "本组待办", review);
        assertThat(tasklist.claim()).contains("四眼原则", "zhaoliu 承办过本案").doesNotContain("Cannot");
        tasklist.assertChinese("a four-eyes refusal");
        tasklist.screenshot("four-eyes-refusal");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();

        // the supervisor follows the running case from the record search to its instance and its record tab
        CockpitPage cockpit = new CockpitPage(browser, http.port(), SCREENSHOTS);
        cockpit.login("fengyi", "demo");
        assertThat(cockpit.searchRecord(c.businessKey())).contains("打开该案件办理中的流程实例", "承办机构审核");
        assertThat(cockpit.openInstanceRecord()).as("the tab's own record, without the search's link")
                .contains("案件 " + c.businessKey(), "哈希链校验通过", "承办机构审核", "案情复杂（须集体讨论）")
                .doesNotContain("打开该案件办理中的流程实例");
        cockpit.assertChinese("a running case's record tab");
        cockpit.screenshot("cockpit-instance-record");
    }

    /**
     * The user finds the case's open task of that step — in 我的待办 once it is theirs, in 本组待办 while their group's
     * — and completes it.
     */
    private void step(TasklistPage tasklist, ProcessInstance instance, String user, String step,
            Map<String, Object> values) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(step).singleResult();
        assertThat(task).as("the case's task " + step).isNotNull();
        assertThat(task.getAssignee()).as(task.getName() + " is open to " + user).isIn(null, user);
        String filter = user.equals(task.getAssignee()) ? "我的待办" : "本组待办";
        String shown = tasklist.work(user, filter, task.getId(), task.getName(), values);
        assertThat(shown).as(task.getName()).doesNotContain("出错");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult()
                .getEndTime()).as(task.getName() + " completed").isNotNull();
    }

    private static Map<String, Object> values(Object... labelsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            values.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return values;
    }

    /**
     * Today in the server's zone, once the case can be worked within it: the steps type today's date and the server
     * checks them against the dates it derived, so a run must not cross midnight (a few minutes before it, it waits).
     */
    private static LocalDate dayThatLasts(ZoneId zone) throws InterruptedException {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(zone);
        java.time.ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(zone);
        if (java.time.Duration.between(now, midnight).compareTo(java.time.Duration.ofMinutes(8)) < 0) {
            Thread.sleep(java.time.Duration.between(now, midnight).plusSeconds(5).toMillis());
        }
        return LocalDate.now(zone);
    }
}
