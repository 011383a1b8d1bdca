package org.zhifa.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.requests.process.InformationRequestProcess;
import org.zhifa.testing.PdfText;

/**
 * {@code bpmn/information-request.bpmn} on the whole server (PM22; 政府信息公开条例 Art. 33, 36): a request is answered
 * by a disclosure officer within 20 working days with one of the answers of Art. 36; the head is warned before the
 * deadline and told when it passed; a late answer is marked late; the requester follows it with number and code.
 * Job executor off; engine clock and timers moved by the tests.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class InformationRequestProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    InformationRequests requests;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.zhifa.documents.Documents documents;
    @Autowired
    org.zhifa.evidence.CaseDocuments caseDocuments;

    OfficerCaseFixtures users;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        users = new OfficerCaseFixtures(engine);
        OfficerCaseFixtures.today(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRequestIsAnsweredWithinTwentyWorkingDaysAndTheRequesterSeesTheAnswer() throws Exception {
        InformationRequests.Receipt receipt = submit();
        ProcessInstance request = request(receipt);

        assertThat(request.getBusinessKey()).startsWith("GIR-KMSJ-");
        LocalDate lastDay = workingDays.after(LocalDate.of(2026, 3, 2), 20);
        assertThat(receipt.answerBy()).isEqualTo(lastDay);
        assertThat(users.task(request, InformationRequestProcess.TASK_ANSWER)).hasCandidateGroup("disclosure-officer")
                .hasDueDate(Date.from(lastDay.plusDays(1).atStartOfDay(OfficerCaseFixtures.CHINA).toInstant()));
        users.complete(request, "wujiu", InformationRequestProcess.TASK_ANSWER, Map.of(InformationRequestProcess.OUTCOME,
                "disclosed", InformationRequestProcess.REPLY, "所申请的抽查计划见附件"));

        assertThat(request).isEnded().hasPassed(InformationRequestProcess.TASK_RECORD_ANSWER, InformationRequestProcess.END_ANSWERED);
        assertThat(requests.status(receipt.reference(), receipt.queryCode())).get().satisfies(status -> {
            assertThat(status.outcome()).isEqualTo("disclosed");
            assertThat(status.outcomeName()).isEqualTo("予以公开");
            assertThat(status.agencyName()).isEqualTo("昆明市市场监督管理局");
        });
        assertThat(requests.overdue()).noneMatch(row -> row.get("reference").equals(receipt.reference()));
        // PM22: the written answer, filed under the request and verifiable by its code
        IssuedDocument answer = documents.of(request.getBusinessKey()).stream()
                .filter(d -> d.kind() == DocumentKind.INFORMATION_ANSWER).findFirst().orElseThrow();
        assertThat(PdfText.stored(caseDocuments, request.getBusinessKey(), answer.sha256())).contains("政府信息公开申请答复书",
                request.getBusinessKey(), "予以公开", "所申请的抽查计划见附件", "第五十一条", "昆明市市场监督管理局");
    }

    @Test
    void theHeadIsWarnedAndToldOfAMissedDeadlineAndALateAnswerIsMarkedLate() {
        InformationRequests.Receipt receipt = submit();
        ProcessInstance request = request(receipt);

        fire(request, InformationRequestProcess.TIMER_WARNING);
        assertThat(users.task(request, InformationRequestProcess.TASK_WARNING)).hasCandidateGroup("leader");
        fire(request, InformationRequestProcess.TIMER_DEADLINE);
        assertThat(users.task(request, InformationRequestProcess.TASK_OVERDUE)).hasCandidateGroup("leader");
        OfficerCaseFixtures.today(receipt.answerBy().plusDays(3));
        assertThat(requests.overdue()).anyMatch(row -> row.get("reference").equals(receipt.reference()));

        users.complete(request, "wujiu", InformationRequestProcess.TASK_ANSWER, Map.of(InformationRequestProcess.OUTCOME,
                "not-held", InformationRequestProcess.REPLY, "经检索没有所申请的信息"));

        assertThat(request).hasPassed(InformationRequestProcess.END_ANSWERED);
        assertThat(requests.overdue()).noneMatch(row -> row.get("reference").equals(receipt.reference()));
    }

    @Test
    void anAnswerNeedsAnOutcomeOfArticle36AndAReply() {
        ProcessInstance request = request(submit());

        assertThatThrownBy(() -> users.complete(request, "wujiu", InformationRequestProcess.TASK_ANSWER, Map.of(
                InformationRequestProcess.OUTCOME, "refused"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("答复内容");
        assertThat(request).isWaitingAt(InformationRequestProcess.TASK_ANSWER);
    }

    private InformationRequests.Receipt submit() {
        return requests.submit("KMSJ", "李四", "530102199001011231", "13900000000", "2026 年度双随机抽查计划",
                "electronic");
    }

    private ProcessInstance request(InformationRequests.Receipt receipt) {
        String instance = jdbc.queryForObject("select process_instance_id from information_requests where id = ?",
                String.class, receipt.reference());
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult();
    }

    private void fire(ProcessInstance request, String timer) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(request.getId()).activityId(timer)
                .singleResult();
        assertThat(job).as(timer).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }
}
