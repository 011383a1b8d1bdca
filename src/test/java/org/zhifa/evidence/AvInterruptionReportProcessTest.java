package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.evidence.process.AvInterruptionReportProcess;
import org.zhifa.record.CaseRecord;
import org.zhifa.testing.PdfText;

/**
 * {@code bpmn/av-interruption-report.bpmn} on the whole server (RM15, RM17): a recording that could not resume is
 * reported to the head, who gives instructions; the officer who reported it then explains in writing; both steps
 * need their text and land in the case's record. A recording that resumed starts no report. Job executor off.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class AvInterruptionReportProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    EvidenceIntake intake;
    @Autowired
    Interruptions interruptions;
    @Autowired
    CaseRecord caseRecord;
    @Autowired
    Documents documents;
    @Autowired
    CaseDocuments caseDocuments;

    OfficerCaseFixtures users;
    EvidenceFixtures evidence;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        users = new OfficerCaseFixtures(engine);
        evidence = new EvidenceFixtures(engine, intake);
    }

    @Test
    void aRecordingThatCouldNotResumeGoesToTheHeadThenToAWrittenExplanationByTheReporter() throws Exception {
        String bk = evidence.inspectionOnSite();
        Interruptions.Interruption lost = interruptions.report(bk, "Task_OnSiteInspection", null, "equipment",
                "2026-11-27T10:05:00+08:00", null, true, null, "zhangsan", EvidenceFixtures.HANDLER);
        ProcessInstance report = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(lost.processInstanceId()).singleResult();

        assertThat(report.getBusinessKey()).isEqualTo(bk);
        assertThat(users.task(report, AvInterruptionReportProcess.TASK_HEAD_INFORMED)).hasCandidateGroup("leader");
        assertThat(engine.getRuntimeService().getVariables(report.getId()))
                .containsEntry(AvInterruptionReportProcess.REASON_TEXT, "设备故障或损坏")
                .containsEntry(AvInterruptionReportProcess.REPORTED_BY, "zhangsan");
        assertThatThrownBy(() -> users.complete(report, "sunqi", AvInterruptionReportProcess.TASK_HEAD_INFORMED,
                Map.of())).isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("负责人意见");
        users.complete(report, "sunqi", AvInterruptionReportProcess.TASK_HEAD_INFORMED, Map.of(
                AvInterruptionReportProcess.HEAD_INSTRUCTIONS, "改用文字记录并请见证人签字"));

        Task explanation = users.task(report, AvInterruptionReportProcess.TASK_WRITTEN_EXPLANATION);
        assertThat(explanation).isAssignedTo("zhangsan");
        users.complete(report, "zhangsan", AvInterruptionReportProcess.TASK_WRITTEN_EXPLANATION, Map.of(
                AvInterruptionReportProcess.WRITTEN_EXPLANATION, "执法记录仪进水损坏，已改用文字记录"));

        assertThat(report).isEnded().hasPassed(AvInterruptionReportProcess.END_EXPLAINED);
        assertThat(caseRecord.entries(bk)).extracting(e -> e.getActivityId()).contains(
                AvInterruptionReportProcess.TASK_HEAD_INFORMED, AvInterruptionReportProcess.TASK_WRITTEN_EXPLANATION);

        // RM3, RM17: the written explanation is a document of the case, with the head's instructions
        IssuedDocument explained = documents.of(bk).stream()
                .filter(d -> d.kind() == DocumentKind.AV_INTERRUPTION_EXPLANATION).findFirst().orElseThrow();
        assertThat(explained.step()).isEqualTo(AvInterruptionReportProcess.TASK_WRITTEN_EXPLANATION);
        assertThat(explained.agencyName()).isEqualTo("昆明市市场监督管理局");
        assertThat(PdfText.stored(caseDocuments, bk, explained.sha256())).contains("音像记录中断情况书面说明", bk,
                "昆明某商贸有限公司", "日常检查：食品经营许可事项", "现场检查", "设备故障或损坏", "2026年11月27日 10:05",
                "改用文字记录并请见证人签字", "孙七", "执法记录仪进水损坏", "张三").doesNotContain("Task_");
    }

    @Test
    void aRecordingThatResumedStartsNoReport() {
        String bk = evidence.inspectionOnSite();
        Interruptions.Interruption resumed = interruptions.report(bk, "Task_OnSiteInspection", null, "battery",
                "2026-11-27T09:40:00+08:00", "2026-11-27T09:43:00+08:00", false, null, "zhangsan",
                EvidenceFixtures.HANDLER);

        assertThat(resumed.processInstanceId()).isNull();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AvInterruptionReportProcess.KEY).processInstanceBusinessKey(bk).count()).isZero();
    }
}
