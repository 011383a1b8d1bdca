package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.zhifa.cases.OfficerCaseFixtures.legalApproval;
import static org.zhifa.cases.OfficerCaseFixtures.today;
import static org.zhifa.cases.OfficerCaseFixtures.values;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.process.ApplicationCaseProcess;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.testing.PdfText;

/**
 * {@code bpmn/application-case.bpmn} on the whole server: complete at once and granted; incomplete, notified once,
 * supplemented; no notice within 5 working days; not accepted; refused after legal review; extended by 10 working
 * days; paused for expert review. Job executor off; timers fired by the tests.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
@Import(OfficerInitiatedCaseProcessTest.DecisionsSeenConfiguration.class)
@TestPropertySource(properties = OfficerInitiatedCaseProcessTest.SIGNED_RECEIPTS)
class ApplicationCaseProcessTest {

    private static final String FOOD = "SPJY-XB";
    private static final List<String> ALL_FOOD_MATERIALS = List.of("application-form", "subject-proof", "premises-plan",
            "safety-rules");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService managementService;
    @Autowired
    CaseRecord caseRecord;
    @Autowired
    Documents documents;
    @Autowired
    CaseDocuments caseDocuments;
    @Autowired
    OfficerInitiatedCaseProcessTest.DecisionsSeen decisions;

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
    void completeApplicationIsAcceptedGrantedAndTheCertificateServed() throws Exception {
        ProcessInstance application = apply(FOOD, ALL_FOOD_MATERIALS);
        assertThat(application.getBusinessKey()).matches("SQ-2026-\\d{6}");
        assertThat(cases.variable(application, "noticeLastDay")).isEqualTo("2026-03-09");
        assertThat((String) cases.variable(application, "verificationCode")).matches("\\d{6}");

        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS, values("materialsDecision", "accept"));
        assertThat(cases.variable(application, "acceptedAt")).isEqualTo("2026-03-02");
        assertThat(cases.variable(application, "decisionLastDay")).as("20 working days").isEqualTo("2026-03-30");
        examineAndDecide(application, "grant");

        assertThat((String) cases.variable(application, "certificateNumber")).matches("SPJY-XB-2026-\\d{6}");
        assertThat((String) cases.variable(application, "decisionNumber")).matches("昆市监许〔2026〕\\d+号");
        assertThat(cases.variable(application, "serviceLastDay")).as("10 working days").isEqualTo("2026-03-16");
        assertThat(decisions.of(application.getBusinessKey())).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("grant"));
        String certificate = (String) cases.variable(application, "certificateNumber");
        String number = (String) cases.variable(application, "decisionNumber");
        serve(application, ApplicationCaseProcess.TASK_SERVE_CERTIFICATE);

        assertThat(application).isEnded().hasPassedInOrder("StartEvent_ApplicationReceived", ApplicationCaseProcess.TASK_REGISTER_APPLICATION,
                ApplicationCaseProcess.TASK_CHECK_MATERIALS, ApplicationCaseProcess.TASK_ACCEPT, ApplicationCaseProcess.TASK_EXAMINE, ApplicationCaseProcess.TASK_DECIDE, ApplicationCaseProcess.TASK_ISSUE_CERTIFICATE,
                ApplicationCaseProcess.TASK_SERVE_CERTIFICATE, ApplicationCaseProcess.END_GRANTED);
        assertThat(caseRecord.entries(application.getBusinessKey())).extracting(RecordEntry::getLaw)
                .contains("RM10.1", "RM10.4", "RM10.5", "RM10.9", "RM10.10");
        assertThat(caseRecord.entries(application.getBusinessKey())).extracting(RecordEntry::getActivityId)
                .doesNotContain(ApplicationCaseProcess.TASK_LEGAL_REVIEW);

        // RM3: the receipt of the materials, the acceptance notice, the record of the site verification, the licence
        // decision and the receipt of its service, each with the case's facts
        String bk = application.getBusinessKey();
        List<IssuedDocument> issued = documents.of(bk);
        assertThat(issued).extracting(IssuedDocument::kind).containsExactly(DocumentKind.MATERIALS_RECEIPT,
                DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.SITE_VERIFICATION_RECORD, DocumentKind.LICENCE_GRANT,
                DocumentKind.SERVICE_RECEIPT);
        assertThat(PdfText.stored(caseDocuments, bk, issued.get(0).sha256())).contains("申请材料接收凭证",
                "昆明𠮷祥商贸有限公司", "食品经营许可申请书", "2026年3月2日", "吴一");
        assertThat(PdfText.stored(caseDocuments, bk, issued.get(1).sha256())).contains("受理通知书", "昆明𠮷祥商贸有限公司",
                bk, "2026年3月2日", "2026年3月30日");
        assertThat(PdfText.stored(caseDocuments, bk, issued.get(2).sha256())).contains("现场核查记录", "经营场所",
                "与申请材料一致", "申请人或其代理人（签名）", "张三");
        String licence = PdfText.stored(caseDocuments, bk, issued.get(3).sha256());
        assertThat(licence).contains("准予行政许可决定书", number, certificate, "昆明𠮷祥商贸有限公司");
        assertThat(PdfText.stored(caseDocuments, bk, issued.get(4).sha256())).contains("送达回证", number, certificate,
                "窗口领取", "申请人");
        // the licence decision also as OFD (GB/T 33190), read by ofdrw's reader: the same text
        String ofd = org.zhifa.testing.OfdText.stored(caseDocuments, bk, issued.get(3).ofdSha256());
        assertThat(ofd).contains("准予行政许可决定书", number, certificate, "昆明𠮷祥商贸有限公司");
        assertThat(org.zhifa.testing.OfdText.characters(ofd)).isEqualTo(org.zhifa.testing.OfdText.characters(licence));
        assertThat(issued.get(4).ofdSha256()).isNull();
    }

    @Test
    void aHearingAndAnExtensionIssueTheirRecordAndNotice() throws Exception {
        ProcessInstance application = accepted();
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_EXAMINE, values("nextStep", "hearing"));
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_HEARING, values("hearingReason",
                "applicantRequested", "hearingHeldAt", today().toString(), "hearingRecord", "利害关系人赵某对经营场所提出异议"));
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_EXAMINE, values("nextStep", "extension"));
        cases.complete(application, "sunqi", ApplicationCaseProcess.TASK_EXTENSION_APPROVAL, values("extensionReason",
                "需现场核查多个经营场所", "extensionDecision", "approve", "extensionOpinion", "同意"));

        String bk = application.getBusinessKey();
        Map<DocumentKind, String> texts = new java.util.EnumMap<>(DocumentKind.class);
        for (IssuedDocument document : documents.of(bk)) {
            texts.put(document.kind(), PdfText.stored(caseDocuments, bk, document.sha256()));
        }
        assertThat(texts.get(DocumentKind.HEARING_RECORD)).contains("听证笔录", "昆明𠮷祥商贸有限公司",
                "申请人、利害关系人申请", "利害关系人赵某对经营场所提出异议", "张三").doesNotContain("未到场");
        String lastDay = Documents.DATE.format(LocalDate.parse((String) cases.variable(application, "decisionLastDay")));
        assertThat(texts.get(DocumentKind.EXTENSION_NOTICE)).contains("延长行政许可期限通知书", "需现场核查多个经营场所",
                "延长十个工作日", lastDay, "昆明𠮷祥商贸有限公司");
    }

    @Test
    void incompleteApplicationIsNotifiedOnceThenSupplementedAndAccepted() {
        ProcessInstance application = apply(FOOD, List.of("application-form", "subject-proof"));
        assertThat((String) cases.variable(application, "missingMaterialsText")).contains("经营场所平面图", "食品安全管理制度目录");

        assertThatThrownBy(() -> cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS,
                values("materialsDecision", "accept"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("一次性告知");
        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS, values("materialsDecision", "notify"));
        assertThat(cases.variable(application, "supplementNoticeDocument")).isNotNull();

        // the supplement form offers what the notice asked for, named as the guide names it, and takes only that
        var supplementTask = engine.getTaskService().createTaskQuery().processInstanceId(application.getId())
                .taskDefinitionKey(ApplicationCaseProcess.TASK_SUPPLEMENT).singleResult();
        assertThat(engine.getTaskService().getVariableLocal(supplementTask.getId(), "supplementMaterialOptions")
                .toString()).contains("premises-plan", "safety-rules", "经营场所平面图").doesNotContain("subject-proof");
        assertThatThrownBy(() -> cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_SUPPLEMENT,
                values("supplementOutcome", "supplemented", "supplementedMaterials", List.of("subject-proof"),
                        "supplementReceivedAt", "2026-03-02"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("supplementedMaterials");
        today(LocalDate.of(2026, 3, 12));
        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_SUPPLEMENT, values("supplementOutcome", "supplemented",
                "supplementedMaterials", List.of("premises-plan", "safety-rules"), "supplementReceivedAt", "2026-03-12"));
        assertThat(cases.variable(application, "missingMaterials")).isEqualTo(List.of());
        assertThat(cases.variable(application, "noticeLastDay")).isEqualTo("2026-03-19");
        // the notice told the applicant everything once: a material confirmed before cannot become missing now
        assertThatThrownBy(() -> cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS,
                values("materialsDecision", "notify", "receivedMaterials", List.of("application-form", "premises-plan",
                        "safety-rules")))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("receivedMaterials").hasMessageContaining("营业执照或者其他主体资格证明文件")
                .hasMessageContaining("第三十二条");
        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS, values("materialsDecision", "accept"));

        assertThat(application).isWaitingAt(ApplicationCaseProcess.TASK_EXAMINE).hasPassedInOrder(ApplicationCaseProcess.TASK_CHECK_MATERIALS, ApplicationCaseProcess.TASK_SUPPLEMENT,
                ApplicationCaseProcess.TASK_ACCEPT);
        assertThat(cases.variable(application, "acceptedAt")).isEqualTo("2026-03-12");
    }

    @Test
    void aNoticeOfCorrectionsOnlyIsSupplementedWithoutMaterials() {
        ProcessInstance application = apply(FOOD, ALL_FOOD_MATERIALS);
        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS, values("materialsDecision", "notify",
                "noticeNotes", "申请书须加盖公章"));
        assertThatThrownBy(() -> cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_SUPPLEMENT,
                values("supplementOutcome", "supplemented", "supplementedMaterials", List.of("premises-plan"),
                        "supplementReceivedAt", "2026-03-02"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("supplementedMaterials").hasMessageContaining("不是本步骤可选的值");
        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_SUPPLEMENT, values("supplementOutcome",
                "supplemented", "supplementReceivedAt", "2026-03-02"));
        assertThat(application).isWaitingAt(ApplicationCaseProcess.TASK_CHECK_MATERIALS);
    }

    @Test
    void applicantMayWithdrawInsteadOfSupplementing() {
        ProcessInstance application = apply(FOOD, List.of("application-form"));
        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS, values("materialsDecision", "notify",
                "noticeNotes", "申请书须加盖公章"));

        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_SUPPLEMENT, values("supplementOutcome", "withdrawn",
                "withdrawalReason", "申请人书面申请撤回"));

        assertThat(application).isEnded().hasPassed(ApplicationCaseProcess.END_WITHDRAWN).hasNotPassed(ApplicationCaseProcess.TASK_ACCEPT);
    }

    @Test
    void noNoticeWithinFiveWorkingDaysMeansAcceptedFromReceipt() {
        ProcessInstance application = apply(FOOD, List.of("application-form"));
        Job timer = managementService.createJobQuery().processInstanceId(application.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(LocalDate.of(2026, 3, 10)
                .atStartOfDay(OfficerCaseFixtures.CHINA).toInstant()));

        today(LocalDate.of(2026, 3, 10));
        managementService.executeJob(timer.getId());

        assertThat(application).isWaitingAt(ApplicationCaseProcess.TASK_EXAMINE).hasPassed(ApplicationCaseProcess.TIMER_NOTICE_DEADLINE, ApplicationCaseProcess.TASK_DEEM_ACCEPTED);
        assertThat(cases.variable(application, "deemedAccepted")).isEqualTo(true);
        assertThat(cases.variable(application, "acceptedAt")).as("from receipt").isEqualTo("2026-03-02");
        assertThat((String) cases.variable(application, "deemedAcceptanceReason")).contains("第三十二条");
        assertThat(caseRecord.entries(application.getBusinessKey())).extracting(RecordEntry::getActivityId)
                .contains(ApplicationCaseProcess.TIMER_NOTICE_DEADLINE, ApplicationCaseProcess.TASK_DEEM_ACCEPTED);
    }

    @Test
    void applicationOutsideTheAgencysPowersIsNotAcceptedWithReasons() {
        ProcessInstance application = apply(FOOD, ALL_FOOD_MATERIALS);

        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS, values("materialsDecision", "reject",
                "rejectionReason", "申请事项依法不需要取得行政许可"));

        assertThat(application).isEnded().hasPassed(ApplicationCaseProcess.TASK_NOT_ACCEPT, ApplicationCaseProcess.END_NOT_ACCEPTED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(application.getId()).variableName("nonAcceptanceDocument").singleResult()).isNotNull();
    }

    @Test
    void itemRequiringLegalReviewIsReviewedAndRefused() {
        ProcessInstance application = apply("YPLS-XB", List.of("application-form", "subject-proof", "pharmacist-proof",
                "premises-plan"));
        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS, values("materialsDecision", "accept"));
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_EXAMINE, values("nextStep", "decide", "examinationOpinion",
                "执业药师未在岗，不符合条件"));
        assertThat(application).isWaitingAt(ApplicationCaseProcess.TASK_LEGAL_REVIEW);
        cases.complete(application, "zhaoliu", ApplicationCaseProcess.TASK_LEGAL_REVIEW, legalApproval());
        assertThatThrownBy(() -> cases.complete(application, "sunqi", ApplicationCaseProcess.TASK_DECIDE, values("licensingDecision",
                "refuse"))).isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("decisionReasons");
        cases.complete(application, "sunqi", ApplicationCaseProcess.TASK_DECIDE, values("licensingDecision", "refuse", "decisionReasons",
                "执业药师未在岗"));
        serve(application, ApplicationCaseProcess.TASK_SERVE_REFUSAL);

        assertThat(application).isEnded().hasPassed(ApplicationCaseProcess.TASK_LEGAL_REVIEW, ApplicationCaseProcess.TASK_ISSUE_REFUSAL, ApplicationCaseProcess.END_REFUSED)
                .hasNotPassed(ApplicationCaseProcess.TASK_ISSUE_CERTIFICATE);
        assertThat(decisions.of(application.getBusinessKey())).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("refuse"));
    }

    @Test
    void decisionPeriodIsExtendedOnceByTenWorkingDays() {
        ProcessInstance application = accepted();
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_EXAMINE, values("nextStep", "extension"));
        cases.complete(application, "sunqi", ApplicationCaseProcess.TASK_EXTENSION_APPROVAL, values("extensionReason", "需现场核查多个经营场所",
                "extensionDecision", "approve", "extensionOpinion", "同意"));

        assertThat(cases.variable(application, "decisionLastDay")).isEqualTo("2026-04-14");
        assertThat((String) cases.variable(application, "decisionClockLog")).contains("延长 10 个工作日", "需现场核查");
        assertThatThrownBy(() -> cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_EXAMINE, values("nextStep",
                "extension"))).isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("只能延长一次");
    }

    @Test
    void expertReviewPausesTheClockAndTheDeadlineMoves() {
        ProcessInstance application = accepted();
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_EXAMINE, values("nextStep", "expertReview"));
        today(LocalDate.of(2026, 3, 6)); // Monday 03-02 to Friday 03-06: 4 working days after the start
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_EXPERT_REVIEW, values("experts", "李教授、王研究员",
                "expertOpinion", "符合要求", "reviewedAt", "2026-03-06"));

        assertThat(cases.variable(application, "pausedWorkingDays")).isEqualTo(4);
        assertThat(cases.variable(application, "decisionLastDay")).isEqualTo("2026-04-03");
        assertThat(cases.task(application, ApplicationCaseProcess.TASK_EXAMINE).getDueDate()).isEqualTo(java.util.Date.from(
                LocalDate.of(2026, 4, 4).atStartOfDay(OfficerCaseFixtures.CHINA).toInstant()));
        assertThat((String) cases.variable(application, "decisionClockLog")).contains("专家评审", "不计入审查期限");
    }

    @Test
    void materialsCheckOffersTheAppliedItemsMaterialsAndRecountsWhatIsMissing() {
        ProcessInstance application = apply(FOOD, List.of("application-form", "subject-proof"));
        var check = cases.task(application, ApplicationCaseProcess.TASK_CHECK_MATERIALS);
        String offered = engine.getTaskService().getVariableLocal(check.getId(), "materialOptions").toString();
        assertThat(offered).contains("application-form", "食品经营许可申请书", "safety-rules", "agent-proof")
                .doesNotContain("pharmacist-proof", "药品经营许可证申请表");
        assertThat(engine.getTaskService().getVariable(check.getId(), "receivedMaterials").toString())
                .isEqualTo("[\"application-form\",\"subject-proof\"]");

        // a material of another item is not one this check offers, whatever client sends it
        assertThatThrownBy(() -> cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS,
                values("materialsDecision", "notify", "receivedMaterials", List.of("application-form",
                        "pharmacist-proof")))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("receivedMaterials").hasMessageContaining("pharmacist-proof");
        // the reviewer finds the premises plan and the safety rules in the bundle after all: nothing is missing
        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS, values("materialsDecision",
                "accept", "receivedMaterials", List.of("application-form", "subject-proof", "premises-plan",
                        "safety-rules")));

        assertThat(application).isWaitingAt(ApplicationCaseProcess.TASK_EXAMINE);
        assertThat(cases.variable(application, "missingMaterials")).isEqualTo(List.of());
        assertThat(cases.variable(application, "materialsProvided")).isEqualTo(List.of("application-form",
                "subject-proof", "premises-plan", "safety-rules"));
        assertThat((String) cases.variable(application, "missingMaterialsText")).isEqualTo("无");
    }

    @Test
    void badApplicationsAreRefusedNamingTheFieldAndCreateNothing() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ApplicationCaseProcess.KEY).count();
        Map<String, Object> unknownItem = application("NO-SUCH-ITEM", List.of());
        Map<String, Object> badId = application(FOOD, List.of());
        badId.put("applicantIdNumber", "530102199001011234");
        Map<String, Object> noId = application(FOOD, List.of());
        noId.remove("applicantIdNumber");

        assertThatThrownBy(() -> start(unknownItem)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("serviceItemCode").hasMessageContaining("NO-SUCH-ITEM");
        assertThatThrownBy(() -> start(badId)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("applicantIdNumber").hasMessageContaining("校验位");
        assertThatThrownBy(() -> start(noId)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("applicantIdNumber").hasMessageContaining("必须填写");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ApplicationCaseProcess.KEY)
                .count()).isEqualTo(before);
    }

    private ProcessInstance accepted() {
        ProcessInstance application = apply(FOOD, ALL_FOOD_MATERIALS);
        cases.complete(application, "wuyi", ApplicationCaseProcess.TASK_CHECK_MATERIALS, values("materialsDecision", "accept"));
        return application;
    }

    private void examineAndDecide(ProcessInstance application, String decision) {
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_EXAMINE, values("nextStep", "siteVerification"));
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_SITE_VERIFICATION, values("verifiedAt", today().toString(),
                "verificationPlace", "经营场所", "verificationFindings", "与申请材料一致"));
        cases.complete(application, "zhangsan", ApplicationCaseProcess.TASK_EXAMINE, values("nextStep", "decide", "examinationOpinion",
                "符合条件"));
        cases.complete(application, "sunqi", ApplicationCaseProcess.TASK_DECIDE, values("licensingDecision", decision, "validYears", 5));
    }

    private void serve(ProcessInstance application, String task) {
        cases.complete(application, "zhangsan", task, values("serviceMethod", "inPerson", "servedAt",
                today().toString(), "recipient", "申请人"));
    }

    private ProcessInstance apply(String item, List<String> materials) {
        return start(application(item, materials));
    }

    private ProcessInstance start(Map<String, Object> values) {
        return cases.as("wuyi", () -> engine.getRuntimeService().startProcessInstanceByKey(ApplicationCaseProcess.KEY, values));
    }

    private static Map<String, Object> application(String item, List<String> materials) {
        return values("serviceItemCode", item, "applicantType", "organisation", "applicantName", "昆明𠮷祥商贸有限公司",
                "applicantIdNumber", "91530102MA6N12345F", "applicantPhone", "0871-66668888",
                "materialsProvided", materials, "receivedAt", today().toString());
    }
}
