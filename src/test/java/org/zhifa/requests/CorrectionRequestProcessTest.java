package org.zhifa.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.ZhifaApplication;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.disclosure.DisclosureFixtures;
import org.zhifa.disclosure.Publications;
import org.zhifa.disclosure.PublishedResults;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.testing.PdfText;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.disclosure.process.ResultDisclosureProcess;
import org.zhifa.requests.process.CorrectionRequestProcess;

/**
 * {@code bpmn/correction-request.bpmn} on the whole server (PM17): a party's request about a published result is
 * verified by a disclosure officer within 20 working days; a correction publishes a new version (the old one kept)
 * and must not bring back personal data; a refusal gives reasons; the party follows it with number and code. Job
 * executor off; the engine clock is set by the tests.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class CorrectionRequestProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CaseDocuments documents;
    @Autowired
    org.zhifa.documents.Documents issued;
    @Autowired
    Publications publications;
    @Autowired
    PublishedResults published;
    @Autowired
    CorrectionRequests corrections;
    @Autowired
    WorkingDays workingDays;

    OfficerCaseFixtures users;
    DisclosureFixtures disclosure;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        users = new OfficerCaseFixtures(engine);
        disclosure = new DisclosureFixtures(engine, decisions, transactions, documents, publications);
        OfficerCaseFixtures.today(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aVerifiedCorrectionPublishesANewVersionKeepingTheOldAndThePartySeesTheAnswer() throws Exception {
        Publications.Publication result = disclosure.publishedPenalty();
        CorrectionRequests.Receipt receipt = corrections.submit(result.id(), "王建国", "13887654321", "数量应为10包");
        ProcessInstance request = request(result);

        Task verify = users.task(request, CorrectionRequestProcess.TASK_VERIFY);
        assertThat(verify).hasCandidateGroup("disclosure-officer");
        LocalDate answerBy = workingDays.after(LocalDate.of(2026, 3, 2), 20);
        assertThat(receipt.answerBy()).isEqualTo(answerBy);
        assertThat(verify.getDueDate()).isEqualTo(Date.from(answerBy.plusDays(1).atStartOfDay(OfficerCaseFixtures.CHINA)
                .toInstant()));
        users.complete(request, "wujiu", CorrectionRequestProcess.TASK_VERIFY, Map.of(CorrectionRequestProcess.CHOICE,
                CorrectionRequestProcess.CHOICE_CORRECT, ResultDisclosureProcess.FACTS, "经查，当事人销售超过保质期的食品10包。",
                CorrectionRequestProcess.REPLY, "经核实，已更正公示的数量"));

        assertThat(request).isEnded().hasPassed(CorrectionRequestProcess.TASK_CORRECT, CorrectionRequestProcess.END_CORRECTED);
        assertThat(publications.versions(result.id())).extracting(Publications.Version::action, Publications.Version::ground)
                .endsWith(org.assertj.core.groups.Tuple.tuple("publish", null),
                        org.assertj.core.groups.Tuple.tuple("publish", "PM17"));
        assertThat(published.find(result.id())).get().satisfies(r -> assertThat(r.facts()).contains("10包"));
        assertThat(corrections.status(receipt.reference(), receipt.queryCode())).get().satisfies(status -> {
            assertThat(status.outcome()).isEqualTo("corrected");
            assertThat(status.reply()).isEqualTo("经核实，已更正公示的数量");
        });
        assertThat(corrections.status(receipt.reference(), "000000".equals(receipt.queryCode()) ? "111111" : "000000"))
                .as("another code gets the same answer as no request").isEmpty();
        // PM17: the written answer, a document of the case whose result it corrects
        assertThat(answer(request.getBusinessKey())).contains("更正申请答复书", "王建国", "数量应为10包", "已予以更正",
                "经核实，已更正公示的数量", "昆明市市场监督管理局").doesNotContain("不予更正");
    }

    /** The text of the case's latest 更正申请答复书. */
    private String answer(String businessKey) throws Exception {
        IssuedDocument answer = issued.of(businessKey).stream().filter(d -> d.kind() == DocumentKind.CORRECTION_ANSWER)
                .reduce((first, second) -> second).orElseThrow();
        return PdfText.stored(documents, businessKey, answer.sha256());
    }

    @Test
    void aCorrectionBringingBackPersonalDataIsRefusedAndARefusalNeedsReasons() throws Exception {
        Publications.Publication result = disclosure.publishedPenalty();
        CorrectionRequests.Receipt receipt = corrections.submit(result.id(), "王建国", "13887654321", "请更正");
        ProcessInstance request = request(result);

        assertThatThrownBy(() -> users.complete(request, "wujiu", CorrectionRequestProcess.TASK_VERIFY, Map.of(
                CorrectionRequestProcess.CHOICE, CorrectionRequestProcess.CHOICE_CORRECT,
                ResultDisclosureProcess.FACTS, "当事人王建国（身份证号码530102198507153216）销售过期食品。",
                CorrectionRequestProcess.REPLY, "已更正"))).isInstanceOf(InvalidSubmissionException.class)
                .satisfies(e -> assertThat(((InvalidSubmissionException) e).errors())
                        .extracting(InvalidSubmissionException.FieldError::field)
                        .contains(ResultDisclosureProcess.FACTS));
        assertThatThrownBy(() -> users.complete(request, "wujiu", CorrectionRequestProcess.TASK_VERIFY, Map.of(
                CorrectionRequestProcess.CHOICE, "refuse"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("答复");
        users.complete(request, "wujiu", CorrectionRequestProcess.TASK_VERIFY, Map.of(CorrectionRequestProcess.CHOICE,
                "refuse", CorrectionRequestProcess.REPLY, "经核实，公示内容与决定书一致；可申请行政复议"));

        assertThat(request).isEnded().hasPassed(CorrectionRequestProcess.END_REFUSED).hasNotPassed(CorrectionRequestProcess.TASK_CORRECT);
        assertThat(publications.versions(result.id())).noneMatch(v -> "PM17".equals(v.ground()));
        assertThat(corrections.status(receipt.reference(), receipt.queryCode())).get()
                .satisfies(status -> assertThat(status.outcome()).isEqualTo("refused"));
        assertThat(answer(request.getBusinessKey())).contains("不予更正", "经核实，公示内容与决定书一致；可申请行政复议",
                "行政复议");
    }

    private ProcessInstance request(Publications.Publication result) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CorrectionRequestProcess.KEY)
                .processInstanceBusinessKey(result.businessKey()).singleResult();
    }
}
