package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhifa.cases.OfficerCaseFixtures.legalApproval;
import static org.zhifa.cases.OfficerCaseFixtures.today;
import static org.zhifa.cases.OfficerCaseFixtures.values;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.documents.SignedCopies;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.evidence.EvidenceIntake;
import org.zhifa.evidence.IntakeRequest;
import org.zhifa.evidence.Media;
import org.zhifa.testing.PdfText;

/**
 * RM3: the documents of {@code bpmn/officer-initiated-case.bpmn} beyond the heard penalty case of
 * {@link OfficerInitiatedCaseProcessTest} — investigation, coercive measures with their own number series, the reviews
 * on one approval form, collective discussion, execution and closing — each read back from its stored PDF. Same
 * server and settings as that test (one Spring context for both).
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
@Import(OfficerInitiatedCaseProcessTest.DecisionsSeenConfiguration.class)
@TestPropertySource(properties = OfficerInitiatedCaseProcessTest.SIGNED_RECEIPTS)
class OfficerCaseDocumentsProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService managementService;
    @Autowired
    EvidenceIntake evidenceIntake;
    @Autowired
    Documents documents;
    @Autowired
    SignedCopies signedCopies;
    @Autowired
    CaseDocuments caseDocuments;
    @Autowired
    org.zhifa.calendar.WorkingDays workingDays;

    OfficerCaseFixtures cases;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        cases = new OfficerCaseFixtures(engine);
        today(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void coercionAndInvestigationIssueTheirDocumentsTheMeasuresNumberedInTheirOwnSeries() throws Exception {
        ProcessInstance instance = seized("organisation");
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COERCION_OUTCOME, values("coercionOutcome",
                "release", "outcomeReason", "检验合格，不再需要扣押", "releasedAt", today().toString()));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep", "sampling"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_SAMPLING, values("sampleName", "某品牌纯牛奶",
                "sampleQuantity", "抽样 6 盒，基数 120 盒", "samplingMethod", "随机抽取，当场封样", "sampledAt",
                today().toString()));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep", "testing"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_TESTING, values("testingKind", "testing",
                "institution", "昆明市食品检验所", "reportNumber", "JC-2026-07", "testingConclusion", "菌落总数超标",
                "reportDate", today().toString()));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep",
                "preservation"));
        video(instance, OfficerInitiatedCaseProcess.TASK_PRESERVATION_REGISTRATION);
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_PRESERVATION_REGISTRATION, values(
                "preservedItems", "纯牛奶 114 盒", "preservationApprovedBy", "孙七", "preservedAt", today().toString(),
                "preservationPlace", "当事人仓库"));
        // Administrative Penalty Law Art. 56, 85: the preserved evidence is decided on within seven working days
        assertThat(cases.task(instance, OfficerInitiatedCaseProcess.TASK_PRESERVATION_DECISION).getDueDate())
                .isEqualTo(java.util.Date.from(workingDays.after(LocalDate.of(2026, 3, 2), 7).plusDays(1)
                        .atStartOfDay(OfficerCaseFixtures.CHINA).toInstant()));
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan",
                OfficerInitiatedCaseProcess.TASK_PRESERVATION_DECISION, values("preservationDecision", "confiscate",
                        "preservationDecisionReason", "经检验属过期食品", "preservationDecidedAt", "2026-03-01")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("不能早于登记保存日期");
        // an administrator's later change of the case variable does not change what was preserved
        engine.getRuntimeService().setVariable(instance.getId(), "preservedItems", "被改过的清单");
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_PRESERVATION_DECISION, values(
                "preservationDecision", "confiscate", "preservationDecisionReason", "经检验属过期食品，依法应予没收",
                "preservationDecidedAt", today().toString()));

        String bk = instance.getBusinessKey();
        List<IssuedDocument> issued = documents.of(bk);
        assertThat(issued).extracting(IssuedDocument::kind).containsExactly(DocumentKind.FILING_APPROVAL,
                DocumentKind.COERCION_DECISION, DocumentKind.COERCION_RELEASE, DocumentKind.SAMPLING_RECORD,
                DocumentKind.TESTING_NOTICE, DocumentKind.PRESERVATION_NOTICE, DocumentKind.PRESERVATION_DECISION);
        Map<DocumentKind, String> texts = texts(bk);
        String decision = issued.get(1).number();
        String release = issued.get(2).number();
        assertThat(decision).matches("昆市监强制〔2026〕\\d+号");
        assertThat(release).matches("昆市监解强〔2026〕\\d+号");
        assertThat(cases.variable(instance, "coercionDecisionDocumentNumber")).isEqualTo(decision);
        assertThat(texts.get(DocumentKind.COERCION_DECISION)).contains(decision, "昆明𠮷祥商贸有限公司", "李强", "扣押财物",
                "过期食品 12 件", "第一百一十条", "孙七", "30 日", "2026年4月1日", "六十日内");
        assertThat(texts.get(DocumentKind.COERCION_RELEASE)).contains(release, decision, "检验合格，不再需要扣押", "扣押财物",
                "过期食品 12 件", "2026年3月2日");
        assertThat(texts.get(DocumentKind.SAMPLING_RECORD)).contains("某品牌纯牛奶", "基数 120 盒", "随机抽取，当场封样",
                "张三", "当事人（签名）");
        assertThat(texts.get(DocumentKind.TESTING_NOTICE)).contains("检测", "昆明市食品检验所", "JC-2026-07", "菌落总数超标");
        assertThat(texts.get(DocumentKind.PRESERVATION_NOTICE)).contains("纯牛奶 114 盒", "孙七", "当事人仓库", "七日内");
        assertThat(texts.get(DocumentKind.PRESERVATION_DECISION)).contains("证据先行登记保存处理决定书", "纯牛奶 114 盒",
                "在行政处罚决定中一并处理", "经检验属过期食品，依法应予没收", "2026年3月2日", "第五十六条")
                .as("what was preserved, as its registration recorded it").doesNotContain("被改过的清单");

        // the series runs without gaps per agency and year, apart from the penalty decisions'
        ProcessInstance next = seized("person");
        String following = documents.of(next.getBusinessKey()).stream()
                .filter(d -> d.kind() == DocumentKind.COERCION_DECISION).findFirst().orElseThrow().number();
        assertThat(following).isEqualTo("昆市监强制〔2026〕" + (number(decision) + 1) + "号");
    }

    @Test
    void theApprovalFormAndTheDiscussionRecordHoldEveryReviewAsTheRecordKeepsIt() throws Exception {
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "organisation");
        cases.investigate(instance, true);
        cases.notifyRights(instance, List.of("revokeLicence"), null);
        cases.noHearing(instance);
        cases.opinion(instance, List.of("revokeLicence"), null);
        cases.unitApproves(instance, true);
        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, legalApproval());
        for (String member : List.of("sunqi", "zhouba")) {
            var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                    .taskAssignee(member).singleResult();
            cases.as(member, () -> {
                engine.getTaskService().complete(task.getId(), values("memberOpinion", member.equals("sunqi") ? "agree"
                        : "modify", "memberReason", member.equals("sunqi") ? "证据充分" : "建议写明整改要求"));
                return null;
            });
        }
        cases.complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION, values(
                "committeeConclusion", "agree", "conclusionText", "集体讨论决定吊销许可证"));
        cases.complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL, values("leaderDecision",
                "approve", "leaderOpinion", "按集体讨论决定办理"));

        Map<DocumentKind, String> texts = texts(instance.getBusinessKey());
        assertThat(texts.get(DocumentKind.COMMITTEE_RECORD)).contains("集体讨论记录", "当事人销售超过保质期的食品 12 件",
                "建议给予行政处罚", "孙七", "证据充分", "周八", "修改后同意", "建议写明整改要求", "同意处理意见",
                "集体讨论决定吊销许可证");
        assertThat(texts.get(DocumentKind.CASE_APPROVAL)).contains("案件处理审批表", "昆明𠮷祥商贸有限公司",
                "当事人销售超过保质期的食品 12 件", "《食品安全法》第一百二十四条", "吊销许可证件", "承办人意见", "张三",
                "承办机构意见", "王五", "法制审核意见", "赵六", "集体讨论决定", "负责人意见", "批准",
                "按集体讨论决定办理", "2026年3月2日");
    }

    @Test
    void anUnpaidFineIsRemindedThenTakenToCourtAndTheCaseClosedOnItsApprovalForm() throws Exception {
        ProcessInstance instance = cases.reviewedByUnit("person", List.of("fine"), 5000);
        cases.leaderApproves(instance);
        String number = (String) cases.variable(instance, "decisionNumber");
        cases.serve(instance);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult().getId());
        today(LocalDate.of(2026, 5, 1));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, values("performance",
                "notPerformed"));
        today(LocalDate.of(2026, 9, 3));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION, values(
                "executionMethod", "court", "court", "昆明市五华区人民法院", "executionAppliedAt", "2026-09-03",
                "executionOutcome", "已申请强制执行"));
        signedReceiptScanned(instance);
        cases.archive(instance);

        Map<DocumentKind, String> texts = texts(instance.getBusinessKey());
        assertThat(texts.get(DocumentKind.PAYMENT_REMINDER)).contains("催告书", number, "王𠮷", "罚款 人民币 5000.00 元",
                "逾期 45 日，人民币 5000.00 元", "应缴合计 人民币 10000.00 元", "2026年3月17日", "自收到本催告书之日起十日内",
                "第三十五条");
        assertThat(texts.get(DocumentKind.EXECUTION_APPLICATION)).contains("强制执行申请书", number, "王𠮷",
                "昆明市五华区人民法院", "10000.00", "2026年9月3日", "2026年3月2日");
        assertThat(texts.get(DocumentKind.CLOSING_APPROVAL)).contains("结案审批表", number, "罚款 人民币 5000.00 元",
                "逾期未履行", "申请人民法院强制执行", "已申请强制执行", "郑十");
    }

    @Test
    void theAgencyExecutesItselfOnlyAfterThirtyDaysOfSurchargeAndTheRemindersTenAndDecidesSoUnderItsOwnNumber()
            throws Exception {
        ProcessInstance early = served("organisation", 8000);
        today(LocalDate.of(2026, 3, 17));
        assertThatThrownBy(() -> cases.complete(early, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE,
                values("performance", "notPerformed"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("尚未届满");
        today(LocalDate.of(2026, 4, 6)); // due 03-17: 20 days late
        cases.complete(early, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, values("performance",
                "notPerformed"));
        today(LocalDate.of(2026, 4, 16));
        // Coercion Law Art. 46: the agency itself only once the surcharge has run more than thirty days
        assertThatThrownBy(() -> cases.complete(early, "zhangsan", OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION,
                values("executionMethod", "own", "executionAppliedAt", "2026-04-16", "executionOutcome", "已划拨存款")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("第四十六条");
        assertThat(documents.of(early.getBusinessKey())).extracting(IssuedDocument::kind)
                .as("a refused step issues nothing").doesNotContain(DocumentKind.EXECUTION_DECISION);

        today(LocalDate.of(2026, 3, 2));
        ProcessInstance late = served("organisation", 8000);
        String number = (String) cases.variable(late, "decisionNumber");
        today(LocalDate.of(2026, 5, 1)); // 45 days late: the surcharge has reached the fine
        cases.complete(late, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, values("performance",
                "notPerformed"));
        // Coercion Law Art. 54, 69: ten working days after the 催告书
        LocalDate earliest = workingDays.after(LocalDate.of(2026, 5, 1), 10).plusDays(1);
        today(earliest.minusDays(1));
        assertThatThrownBy(() -> cases.complete(late, "zhangsan", OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION,
                values("executionMethod", "own", "executionAppliedAt", earliest.minusDays(1).toString(),
                        "executionOutcome", "已划拨存款"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("十个工作日履行期限").hasMessageContaining(earliest + " 前不能");
        today(earliest);
        cases.complete(late, "zhangsan", OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION, values(
                "executionMethod", "own", "executionAppliedAt", earliest.toString(), "executionOutcome", "已划拨存款"));

        List<IssuedDocument> issued = documents.of(late.getBusinessKey());
        assertThat(issued).extracting(IssuedDocument::kind).doesNotContain(DocumentKind.EXECUTION_APPLICATION);
        IssuedDocument execution = issued.stream().filter(d -> d.kind() == DocumentKind.EXECUTION_DECISION)
                .findFirst().orElseThrow();
        assertThat(execution.number()).matches("昆市监强执〔2026〕\\d+号");
        assertThat(texts(late.getBusinessKey()).get(DocumentKind.EXECUTION_DECISION)).contains("行政强制执行决定书",
                execution.number(), number, "昆明𠮷祥商贸有限公司", "罚款 人民币 8000.00 元", "加处罚款 人民币 8000.00 元",
                "合计 人民币 16000.00 元", Documents.DATE.format(earliest), "第三十七条", "六十日内");
    }

    /** A fine decided, approved and served on today's date. */
    private ProcessInstance served(String partyType, int fine) {
        ProcessInstance instance = cases.reviewedByUnit(partyType, List.of("fine"), fine);
        cases.leaderApproves(instance);
        cases.serve(instance);
        return instance;
    }

    @Test
    void disposedConfiscatedGoodsAreRecordedAndAPaidCaseGetsNoReminder() throws Exception {
        List<String> penalties = List.of("warning", "confiscateItems");
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "person");
        cases.investigate(instance, true);
        cases.notifyRights(instance, penalties, null);
        cases.noHearing(instance);
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION, values("facts",
                "销售过期食品", "evidenceList", "照片", "legalBasis", "《食品安全法》", "discretionRule", "轻微",
                "penalties", penalties, "confiscatedItems", "过期食品 12 件", "opinion", "警告并没收"));
        cases.unitApproves(instance, false);
        cases.leaderApproves(instance);
        String number = (String) cases.variable(instance, "decisionNumber");
        cases.serve(instance);
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, values("performance",
                "fully", "paidAt", today().toString()));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_DISPOSE_CONFISCATED, values(
                "disposalMethod", "destroy", "disposedAt", today().toString(), "disposalDetails", "两名执法人员监督销毁"));
        signedReceiptScanned(instance);
        // a variable an administrator changes later is not what the case's steps recorded
        engine.getRuntimeService().setVariable(instance.getId(), "caseCause", "被改过的案由");
        cases.archive(instance);

        Map<DocumentKind, String> texts = texts(instance.getBusinessKey());
        assertThat(texts).doesNotContainKey(DocumentKind.PAYMENT_REMINDER);
        assertThat(texts.get(DocumentKind.CLOSING_APPROVAL)).contains("涉嫌销售超过保质期的食品").doesNotContain("被改过");
        assertThat(texts.get(DocumentKind.DISPOSAL_RECORD)).contains("没收物品处理记录", number, "过期食品 12 件", "销毁",
                "两名执法人员监督销毁", "张三");
        assertThat(texts.get(DocumentKind.CLOSING_APPROVAL)).contains(number, "警告、通报批评", "没收非法财物：过期食品 12 件",
                "已履行", "没收物品已销毁");
    }

    @Test
    void archivingRefusesACaseMovedPastTheServiceOfItsDecisionNamingTheMissingReceipt() throws Exception {
        ProcessInstance instance = cases.reviewedByUnit("person", List.of("warning"), null);
        cases.leaderApproves(instance);
        engine.getRuntimeService().createProcessInstanceModification(instance.getId())
                .cancelAllForActivity(OfficerInitiatedCaseProcess.TASK_SERVE_DECISION)
                .startBeforeActivity(OfficerInitiatedCaseProcess.TASK_ARCHIVE).execute();
        signedReceiptScanned(instance);

        assertThatThrownBy(() -> cases.archive(instance)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("缺少文书“送达回证”").hasMessageContaining("不能归档");
        assertThat(documents.of(instance.getBusinessKey())).extracting(IssuedDocument::kind)
                .doesNotContain(DocumentKind.CLOSING_APPROVAL);
    }

    /** A coercion case whose seizure the head approved and the officers carried out on video. */
    private ProcessInstance seized(String partyType) throws Exception {
        ProcessInstance instance = cases.filedAndInvestigating("coercion", partyType);
        cases.complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_COERCION_APPROVAL, values("measureType", "seize",
                "measureItems", "过期食品 12 件", "measureReason", "《食品安全法》第一百一十条", "coercionDecision", "approve",
                "coercionOpinion", "同意扣押"));
        video(instance, OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE);
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE, values("implementedAt",
                today().toString(), "partyPresent", true, "rightsExplained", true, "onSiteRecord", "扣押过期食品 12 件",
                "measureDays", 30));
        return instance;
    }

    private void video(ProcessInstance instance, String step) throws Exception {
        evidenceIntake.ingest(new IntakeRequest(instance.getBusinessKey(), step, "video", List.of("scene", "measures"),
                "张三", null, "超市仓库", "BODYCAM-1", "全程录像.mp4", "video/mp4", null, null),
                new ByteArrayInputStream(Media.mp4Head(4096)), "zhangsan", List.of("handler"));
    }

    /** Every service receipt of the case, signed by the party and scanned back by its code. */
    private void signedReceiptScanned(ProcessInstance instance) throws Exception {
        String bk = instance.getBusinessKey();
        for (IssuedDocument receipt : documents.of(bk).stream().filter(d -> d.kind() == DocumentKind.SERVICE_RECEIPT)
                .toList()) {
            byte[] scan;
            try (var in = caseDocuments.open(caseDocuments.find(bk, receipt.sha256()).orElseThrow())) {
                scan = in.readAllBytes();
            }
            signedCopies.attach(bk, receipt.printedCode(), "送达回证-签名件.pdf", "application/pdf", null,
                    new ByteArrayInputStream(scan), "zhangsan", List.of("handler"));
        }
    }

    /** Each kind's latest document of the case, as its stored PDF reads. */
    private Map<DocumentKind, String> texts(String bk) throws Exception {
        Map<DocumentKind, String> texts = new EnumMap<>(DocumentKind.class);
        for (IssuedDocument document : documents.of(bk)) {
            texts.put(document.kind(), PdfText.stored(caseDocuments, bk, document.sha256()));
        }
        return texts;
    }

    private static int number(String documentNumber) {
        return Integer.parseInt(documentNumber.replaceAll(".*〕(\\d+)号", "$1"));
    }
}
