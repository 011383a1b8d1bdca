package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.zhifa.cases.OfficerCaseFixtures.legalApproval;
import static org.zhifa.cases.OfficerCaseFixtures.officers;
import static org.zhifa.cases.OfficerCaseFixtures.today;
import static org.zhifa.cases.OfficerCaseFixtures.values;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
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
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.directory.Officer;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.documents.SignedCopies;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.testing.PdfText;

/**
 * {@code bpmn/officer-initiated-case.bpmn} on the whole server (step rules, four eyes, record), every path of RM11:
 * a simple penalty, a hearing, a hearing window that runs out, legal review returning the case, collective
 * discussion, late payment with surcharge and compulsory execution, an inspection without violation, a coercive
 * measure. Job executor off; timers fired by the tests.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
@Import(OfficerInitiatedCaseProcessTest.DecisionsSeenConfiguration.class)
@TestPropertySource(properties = OfficerInitiatedCaseProcessTest.SIGNED_RECEIPTS)
class OfficerInitiatedCaseProcessTest {

    /** The demo agency keeps the signed service receipt of every decision (RM20). */
    static final String SIGNED_RECEIPTS = "zhifa.documents.signed-copies.KMSJ=service-receipt";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService managementService;
    @Autowired
    CaseRecord caseRecord;
    @Autowired
    DecisionsSeen decisions;
    @Autowired
    org.zhifa.evidence.EvidenceIntake evidenceIntake;
    @Autowired
    Directory directory;
    @Autowired
    Documents documents;
    @Autowired
    SignedCopies signedCopies;
    @Autowired
    org.zhifa.evidence.CaseDocuments caseDocuments;

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
    void officersStepOffersTheAgencysOfficersAndTakesNoOneElse() {
        directory.saveAgency(new Agency("ZF-TEST-QJ", "测试用曲靖市市场监督管理局", "测曲市监"));
        directory.saveOfficer(new Officer("53030077701", "周测试", "ZF-TEST-QJ", null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2029, 12, 31)));
        directory.saveOfficer(new Officer("53010077702", "吴调动", "KMSJ", null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2029, 12, 31)));
        ProcessInstance instance = cases.report("penalty", "person");
        cases.complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL, values("filingDecision",
                "approve", "filingOpinion", "同意立案"));

        // the agency's officers, an expired certificate marked (the day they showed it may be past), none revoked
        String offered = engine.getTaskService().getVariableLocal(cases.task(instance,
                OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS).getId(), "officerOptions").toString();
        assertThat(offered).contains("张三（执法证号 53010012345）", "钱过期（执法证号 53010090001，2025-12-31 已到期）",
                "53010077702").doesNotContain("53010090002", "孔注销", "53030077701");
        // another agency's officer is not offered, so not taken
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS,
                officers("53010012345", "53030077701"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("officer2Certificate").hasMessageContaining("不是本步骤可选的值");
        // nor one who moved to another agency after the step was offered
        directory.saveOfficer(new Officer("53010077702", "吴调动", "ZF-TEST-QJ", null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2029, 12, 31)));
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS,
                officers("53010077702", "53010012345"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("officer1Certificate").hasMessageContaining("不是本机关（KMSJ）的执法人员");

        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS,
                officers("53010012345", "53010012346"));
        assertThat(cases.variable(instance, "officerNames")).isEqualTo("张三、李四");
    }

    @Test
    void simplePenaltyFromReportToArchive() throws Exception {
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "person");
        assertThat(cases.variable(instance, "caseLastDay")).isEqualTo("2026-05-31");
        cases.investigate(instance, true);
        cases.notifyRights(instance, List.of("warning", "fine"), 5000);
        assertThat(cases.variable(instance, "hearingRightGranted")).isEqualTo(false);
        cases.noHearing(instance);
        cases.opinion(instance, List.of("warning", "fine"), 5000);
        cases.unitApproves(instance, false);
        assertThat(cases.variable(instance, "legalReviewRequired")).isEqualTo(false);
        cases.leaderApproves(instance);

        String number = (String) cases.variable(instance, "decisionNumber");
        assertThat(number).matches("昆市监罚〔2026〕\\d+号");
        assertThat(cases.variable(instance, "serviceLastDay")).as("7 working days after Monday 2026-03-02")
                .isEqualTo("2026-03-11");
        assertThat(decisions.of(instance.getBusinessKey())).singleElement()
                .satisfies(d -> assertThat(d.decisionNumber()).isEqualTo(number));
        cases.serve(instance);
        assertThat(cases.variable(instance, "paymentLastDay")).isEqualTo("2026-03-17");
        today(LocalDate.of(2026, 3, 10));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, values("performance", "fully", "paidAt",
                "2026-03-10", "paidAmount", 5000, "paymentReceipt", "FK-1"));
        assertThat(cases.variable(instance, "surcharge")).isEqualTo("0.00");
        signedReceiptScanned(instance);
        cases.archive(instance);

        assertThat(instance).isEnded().hasPassedInOrder("StartEvent_CaseReported", OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL,
                OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS, OfficerInitiatedCaseProcess.TASK_INVESTIGATION, OfficerInitiatedCaseProcess.TASK_QUESTIONING, OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS,
                OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE, OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION, OfficerInitiatedCaseProcess.TASK_UNIT_REVIEW, OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL,
                OfficerInitiatedCaseProcess.TASK_ISSUE_DECISION, OfficerInitiatedCaseProcess.TASK_SERVE_DECISION, OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, OfficerInitiatedCaseProcess.TASK_ARCHIVE, OfficerInitiatedCaseProcess.END_CASE_CLOSED);
        assertThat(instance).hasNotPassed(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE, OfficerInitiatedCaseProcess.TASK_COMMITTEE_OPINION);
        assertThat(caseRecord.entries(instance.getBusinessKey())).extracting(RecordEntry::getLaw)
                .contains("RM11.1", "RM11.2", "RM11.3", "RM11.10", "RM11.13", "RM11.14", "RM11.17", "RM11.18", "RM11.19");
        assertThat(caseRecord.verify(instance.getBusinessKey()).valid()).isTrue();
    }

    @Test
    void anOpinionThatDiffersFromTheNoticeGoesBackToANewNoticeAndItsReviews() {
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "person");
        cases.investigate(instance, true);
        cases.notifyRights(instance, List.of("fine"), 5000);
        cases.noHearing(instance);
        cases.opinion(instance, List.of("fine"), 300000);

        assertThat(instance).as("Penalty Law Art. 44, 45: the party is told again").isWaitingAt(OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS);
        assertThat((String) cases.variable(instance, "renoticeReason")).contains("300000").contains("5000");
        cases.notifyRights(instance, List.of("fine"), 300000);
        assertThat(cases.variable(instance, "hearingRightGranted")).as("a larger fine brings the hearing right")
                .isEqualTo(true);
        cases.noHearing(instance);
        cases.opinion(instance, List.of("fine"), 300000);
        cases.unitApproves(instance, false);
        assertThat(instance).as("and legal review, which 5000 did not need").isWaitingAt(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW);
        assertThat(cases.variable(instance, "collectiveDiscussionRequired")).isEqualTo(true);
    }

    @Test
    void hearingRequestedWithinTheWindowIsHeldAndThenReviewed() {
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "person");
        cases.investigate(instance, true);
        cases.notifyRights(instance, List.of("fine"), 20000);
        assertThat(cases.variable(instance, "hearingRightGranted")).isEqualTo(true);
        assertThat(cases.variable(instance, "hearingWindowLastDay")).isEqualTo("2026-03-09");

        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE, values("statementMade", false,
                "recusalRequested", false, "hearingRequested", true, "hearingRequestedAt", "2026-03-05"));
        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE, values("hearingNoticeSentAt", "2026-03-06",
                "hearingAt", "2026-03-16", "hearingPlace", "听证室", "presidingOfficer", "zhaoliu", "hearingPublic", true));
        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_HEARING_RECORD, values("hearingHeldAt", "2026-03-02",
                "partyAttended", true, "hearingRecord", "当事人陈述意见", "presidingOpinion", "维持"));
        cases.opinion(instance, List.of("fine"), 20000);
        cases.unitApproves(instance, false);

        assertThat(cases.variable(instance, "legalReviewRequired")).isEqualTo(true);
        assertThat((String) cases.variable(instance, "legalReviewReasonsText")).contains("罚款 20000", "经过听证程序");
        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, legalApproval());
        assertThat(instance).isWaitingAt(OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL).hasPassed(OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE, OfficerInitiatedCaseProcess.TASK_HEARING_RECORD);
    }

    @Test
    void everyActOfAHeardCaseIssuesItsDocumentWithTheCasesNamesAndNumbers() throws Exception {
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "person");
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep", "onSite"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ON_SITE_INSPECTION, values("inspectedAt",
                today().toString(), "inspectionPlace", "五华区人民中路 1 号超市", "personsPresent", "王𠮷",
                "inspectionFindings", "货架上有超过保质期的食品 12 件"));
        cases.investigate(instance, true);
        cases.notifyRights(instance, List.of("fine"), 20000);
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE, values("statementMade", false,
                "recusalRequested", false, "hearingRequested", true, "hearingRequestedAt", "2026-03-02"));
        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE, values("hearingNoticeSentAt", "2026-03-02",
                "hearingAt", "2026-03-10", "hearingPlace", "第一听证室", "presidingOfficer", "zhaoliu", "hearingPublic", true));
        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_HEARING_RECORD, values("hearingHeldAt", "2026-03-02",
                "partyAttended", true, "hearingRecord", "当事人称系初次违法", "presidingOpinion", "建议维持"));
        cases.opinion(instance, List.of("fine"), 20000);
        cases.unitApproves(instance, false);
        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, legalApproval());
        cases.leaderApproves(instance);
        cases.serve(instance);

        String bk = instance.getBusinessKey();
        List<IssuedDocument> issued = documents.of(bk);
        assertThat(issued).extracting(IssuedDocument::kind).containsExactly(DocumentKind.FILING_APPROVAL,
                DocumentKind.ON_SITE_RECORD, DocumentKind.QUESTIONING_RECORD, DocumentKind.PENALTY_RIGHTS_NOTICE,
                DocumentKind.SERVICE_RECEIPT,
                DocumentKind.HEARING_NOTICE, DocumentKind.HEARING_RECORD, DocumentKind.HEARING_REPORT,
                DocumentKind.LEGAL_REVIEW_OPINION, DocumentKind.CASE_APPROVAL, DocumentKind.PENALTY_DECISION,
                DocumentKind.SERVICE_RECEIPT);
        String number = (String) cases.variable(instance, "decisionNumber");
        Map<DocumentKind, String> texts = new java.util.EnumMap<>(DocumentKind.class);
        for (IssuedDocument document : issued) {
            String text = PdfText.stored(caseDocuments, bk, document.sha256());
            assertThat(text).as(document.title()).contains(document.title(), bk, "昆明市市场监督管理局",
                    document.printedCode());
            texts.put(document.kind(), text);
        }
        assertThat(texts.get(DocumentKind.FILING_APPROVAL)).contains("王𠮷", "投诉", "同意立案", "孙七");
        assertThat(texts.get(DocumentKind.ON_SITE_RECORD)).contains("五华区人民中路 1 号超市", "超过保质期的食品 12 件",
                "当事人或在场人（签名）");
        assertThat(texts.get(DocumentKind.QUESTIONING_RECORD)).contains("王𠮷（当事人）", "承认销售过期食品",
                "被询问人（签名）", "2026年3月2日");
        assertThat(texts.get(DocumentKind.HEARING_NOTICE)).contains("第一听证室", "2026年3月10日", "赵六", "公开举行");
        assertThat(texts.get(DocumentKind.HEARING_RECORD)).contains("当事人称系初次违法", "建议维持", "赵六");
        assertThat(texts.get(DocumentKind.HEARING_REPORT)).contains("当事人称系初次违法", "建议维持", "赵六",
                "530102199001011231", "第六十五条");
        assertThat(texts.get(DocumentKind.LEGAL_REVIEW_OPINION)).contains("执法主体合法，未超越职权", "符合", "赵六");
        assertThat(texts.get(DocumentKind.PENALTY_DECISION)).contains(number, "王𠮷", "第一百二十四条");
        assertThat(texts.get(DocumentKind.SERVICE_RECEIPT)).contains(number, "直接送达", "王𠮷", "SD-001");
        assertThat(issued.get(10).number()).isEqualTo(number);
        // the decision also as OFD (GB/T 33190): the same text, read by ofdrw's reader; no other kind has one
        String ofd = org.zhifa.testing.OfdText.stored(caseDocuments, bk, issued.get(10).ofdSha256());
        assertThat(ofd).contains(number, "王𠮷", "第一百二十四条", issued.get(10).printedCode());
        assertThat(org.zhifa.testing.OfdText.characters(ofd))
                .isEqualTo(org.zhifa.testing.OfdText.characters(texts.get(DocumentKind.PENALTY_DECISION)));
        assertThat(issued).filteredOn(d -> d.kind() != DocumentKind.PENALTY_DECISION)
                .allMatch(d -> d.ofdSha256() == null);
        // both hashes are in the issuing step's record entry, in the hash chain
        assertThat(cases.variable(instance, "decisionDocumentOfd")).isEqualTo(issued.get(10).ofdSha256());
        assertThat(caseRecord.entries(bk)).filteredOn(e -> e.getFormValues() != null
                && e.getFormValues().contains(issued.get(10).sha256())).first()
                .satisfies(e -> assertThat(e.getFormValues()).contains(issued.get(10).ofdSha256()));
        assertThat(cases.variable(instance, "serviceReceiptDocument")).isEqualTo(issued.get(11).sha256());
        assertThat(PdfText.stored(caseDocuments, bk, issued.get(4).sha256())).contains("送达回证", "行政处罚事先告知书",
                "直接送达", "王𠮷", "2026年3月2日");
    }

    @Test
    void archivingRefusesACaseUntilItsSignedServiceReceiptIsScannedBack() throws Exception {
        ProcessInstance instance = cases.reviewedByUnit("person", List.of("warning"), null);
        cases.leaderApproves(instance);
        cases.serve(instance);
        List<IssuedDocument> receipts = documents.of(instance.getBusinessKey()).stream()
                .filter(d -> d.kind() == DocumentKind.SERVICE_RECEIPT).toList();
        assertThat(receipts).extracting(IssuedDocument::step).as("one per service: the notice's, the decision's")
                .containsExactly(OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS, OfficerInitiatedCaseProcess.TASK_SERVE_DECISION);
        IssuedDocument receipt = receipts.get(1);

        assertThatThrownBy(() -> cases.archive(instance)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("送达回证").hasMessageContaining(receipt.printedCode())
                .hasMessageContaining(receipts.get(0).printedCode())
                .hasMessageContaining("签名件").hasMessageContaining("不能归档");
        assertThatThrownBy(() -> signedCopies.attach(instance.getBusinessKey(), "ZZZZ-ZZZZ-ZZZZ", "回证.pdf",
                "application/pdf", null, new java.io.ByteArrayInputStream(new byte[10]), "zhangsan", List.of("handler")))
                .isInstanceOf(org.zhifa.shared.NotFound.class).hasMessageContaining("ZZZZ-ZZZZ-ZZZZ");

        var scan = signedReceiptScanned(instance);
        assertThat(scan.kind()).isEqualTo("document");
        assertThat(scan.step()).isEqualTo(OfficerInitiatedCaseProcess.TASK_SERVE_DECISION);
        assertThat(signedCopies.of(instance.getBusinessKey()).get(receipt.code())).singleElement()
                .satisfies(copy -> assertThat(copy.evidenceId()).isEqualTo(scan.id()));
        cases.archive(instance);
        assertThat(instance).isEnded();
    }

    /** zhangsan scans every receipt the party signed back in, by the code printed on it; the last scan. */
    private org.zhifa.evidence.EvidenceItem signedReceiptScanned(ProcessInstance instance) throws Exception {
        String bk = instance.getBusinessKey();
        org.zhifa.evidence.EvidenceItem scanned = null;
        for (IssuedDocument receipt : documents.of(bk).stream().filter(d -> d.kind() == DocumentKind.SERVICE_RECEIPT)
                .toList()) {
            byte[] scan;
            try (var in = caseDocuments.open(caseDocuments.find(bk, receipt.sha256()).orElseThrow())) {
                scan = in.readAllBytes();
            }
            scanned = signedCopies.attach(bk, receipt.printedCode().toLowerCase(), "送达回证-签名件.pdf",
                    "application/pdf", null, new java.io.ByteArrayInputStream(scan), "zhangsan", List.of("handler"));
        }
        return scanned;
    }

    @Test
    void hearingWindowThatRunsOutMovesTheCaseOnWithoutHearing() {
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "person");
        cases.investigate(instance, true);
        cases.notifyRights(instance, List.of("fine"), 20000);
        Job window = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(window.getDuedate()).isEqualTo(java.util.Date.from(LocalDate.of(2026, 3, 10)
                .atStartOfDay(OfficerCaseFixtures.CHINA).toInstant()));

        managementService.executeJob(window.getId());

        assertThat(instance).hasPassed(OfficerInitiatedCaseProcess.TIMER_HEARING_REQUEST_WINDOW).hasNotPassed(OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE)
                .isWaitingAt(OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION);
    }

    @Test
    void hearingRequestAfterTheWindowIsRefusedNamingTheField() {
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "person");
        cases.investigate(instance, true);
        cases.notifyRights(instance, List.of("fine"), 20000);

        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE, values(
                "hearingRequested", true, "hearingRequestedAt", "2026-03-10")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("hearingRequestedAt").hasMessageContaining("2026-03-09");
        assertThat(instance).isWaitingAt(OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE);
    }

    @Test
    void legalReviewReturnsTheCaseThenApproves() {
        ProcessInstance instance = cases.reviewedByUnit("organisation", List.of("fine"), 150000);

        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, values("legalDecision", "return", "legalOpinion",
                "证据不足，补充现场照片"));
        assertThat(instance).isWaitingAt(OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION);
        cases.opinion(instance, List.of("fine"), 150000);
        cases.unitApproves(instance, false);
        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, legalApproval());

        assertThat(instance).isWaitingAt(OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW).count()).isEqualTo(2);
    }

    @Test
    void legalApprovalNeedsEveryCheck() {
        ProcessInstance instance = cases.reviewedByUnit("organisation", List.of("fine"), 150000);

        var unchecked = legalApproval();
        unchecked.put("checkProcedure", false);
        assertThatThrownBy(() -> cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, unchecked))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("checkProcedure");
    }

    @Test
    void seriousCaseGoesToCollectiveDiscussion() {
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "organisation");
        cases.investigate(instance, true);
        cases.notifyRights(instance, List.of("revokeLicence"), null);
        cases.noHearing(instance);
        cases.opinion(instance, List.of("revokeLicence"), null);
        cases.unitApproves(instance, true);
        cases.complete(instance, "zhaoliu", OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, legalApproval());

        assertThat(cases.variable(instance, "collectiveDiscussionRequired")).isEqualTo(true);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(OfficerInitiatedCaseProcess.TASK_COMMITTEE_OPINION).list()).extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrder("sunqi", "zhouba");
        for (String member : List.of("sunqi", "zhouba")) {
            var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                    .taskAssignee(member).singleResult();
            cases.as(member, () -> {
                engine.getTaskService().complete(task.getId(), values("memberOpinion", "agree", "memberReason", "同意"));
                return null;
            });
        }
        cases.complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION, values("committeeConclusion", "agree",
                "conclusionText", "集体讨论决定吊销许可证"));
        cases.leaderApproves(instance);
        assertThat(instance).hasPassed(OfficerInitiatedCaseProcess.TASK_CONVENE_COMMITTEE, OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION).isWaitingAt(OfficerInitiatedCaseProcess.TASK_SERVE_DECISION);
    }

    @Test
    void latePaymentAccruesTheSurchargeCappedAtTheFineThenCompulsoryExecution() throws Exception {
        ProcessInstance instance = cases.reviewedByUnit("person", List.of("fine"), 5000);
        cases.leaderApproves(instance);
        cases.serve(instance);
        Job overdue = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        managementService.executeJob(overdue.getId());
        assertThat(instance).hasPassed(OfficerInitiatedCaseProcess.TIMER_PAYMENT_OVERDUE, OfficerInitiatedCaseProcess.END_PAYMENT_OVERDUE_NOTED);

        today(LocalDate.of(2026, 3, 27)); // last day 03-17: 10 days late, 3% a day of 5000 = 1500
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, values(
                "performance", "fully", "paidAt", "2026-03-27", "paidAmount", 5000)))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("应缴 6500.00 元");
        today(LocalDate.of(2026, 5, 1)); // 45 days late: 6750 accrued, capped at the fine
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, values("performance", "notPerformed"));
        assertThat(cases.variable(instance, "surchargeDays")).isEqualTo(45L);
        assertThat(cases.variable(instance, "surcharge")).isEqualTo("5000.00");
        assertThat(cases.variable(instance, "amountDue")).isEqualTo("10000.00");

        // Coercion Law Art. 53, 54: the court after the 催告书's ten days and once the time to sue (six months) is over
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION,
                values("executionMethod", "court", "court", "昆明市五华区人民法院", "executionAppliedAt", "2026-05-01",
                        "executionOutcome", "已申请强制执行"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("前不能强制执行").hasMessageContaining("2026-09-02 前提起行政诉讼");
        today(LocalDate.of(2026, 9, 3));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION, values("executionMethod", "court",
                "court", "昆明市五华区人民法院", "executionAppliedAt", "2026-09-03", "executionOutcome", "已申请强制执行"));
        signedReceiptScanned(instance);
        cases.archive(instance);
        assertThat(instance).isEnded().hasPassed(OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION);
    }

    @Test
    void inspectionWithoutViolationClosesWithoutDecision() {
        ProcessInstance instance = cases.filedAndInvestigating("inspection", "organisation");
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep", "onSite"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ON_SITE_INSPECTION, values("inspectedAt", today().toString(),
                "inspectionPlace", "超市", "inspectionFindings", "未发现问题"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep", "close", "violationFinding",
                "notEstablished", "investigationSummary", "未发现违法行为"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_CLOSE_WITHOUT_DECISION, values("closeReason", "noViolation",
                "closeExplanation", "检查未发现违法行为"));
        cases.archive(instance);

        assertThat(instance).isEnded().hasPassed(OfficerInitiatedCaseProcess.TASK_ON_SITE_INSPECTION, OfficerInitiatedCaseProcess.TASK_CLOSE_WITHOUT_DECISION)
                .hasNotPassed(OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS, OfficerInitiatedCaseProcess.TASK_ISSUE_DECISION);
        assertThat(decisions.of(instance.getBusinessKey())).isEmpty();
    }

    @Test
    void coerciveMeasureIsApprovedTakenExtendedOnceAndReleased() throws Exception {
        ProcessInstance instance = cases.filedAndInvestigating("coercion", "organisation");
        cases.complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_COERCION_APPROVAL, values("measureType", "seize", "measureItems",
                "过期食品 12 件", "measureReason", "《食品安全法》第一百一十条", "coercionDecision", "approve",
                "coercionOpinion", "同意扣押"));
        var measure = values("implementedAt", today().toString(), "partyPresent", true, "rightsExplained", true,
                "onSiteRecord", "扣押过期食品 12 件", "measureDays", 30);
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE, measure))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("RM14");
        evidenceIntake.ingest(new org.zhifa.evidence.IntakeRequest(instance.getBusinessKey(), OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE,
                "video", List.of("scene", "measures"), "张三", null, "超市仓库", "BODYCAM-1", "扣押全程.mp4", "video/mp4",
                null, null), new java.io.ByteArrayInputStream(org.zhifa.evidence.Media.mp4Head(4096)), "zhangsan",
                List.of("handler"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE, measure);
        assertThat(cases.variable(instance, "coercionLastDay")).isEqualTo("2026-04-01");

        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COERCION_OUTCOME, values("coercionOutcome", "extend",
                "outcomeReason", "检验尚未完成"));
        cases.complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_COERCION_EXTENSION, values("extensionDays", 30, "extensionDecision",
                "approve", "extensionOpinion", "同意延长"));
        assertThat(cases.variable(instance, "coercionLastDay")).isEqualTo("2026-05-01");
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COERCION_OUTCOME, values(
                "coercionOutcome", "extend", "outcomeReason", "再延长")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("只能延长一次");
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_COERCION_OUTCOME, values("coercionOutcome", "release",
                "outcomeReason", "检验合格", "releasedAt", today().toString()));

        assertThat(instance).isWaitingAt(OfficerInitiatedCaseProcess.TASK_INVESTIGATION).hasPassed(OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE, OfficerInitiatedCaseProcess.TASK_COERCION_EXTENSION);
        // Coercion Law Art. 25: the extension is told to the party in writing, numbered with the measures
        IssuedDocument extension = documents.of(instance.getBusinessKey()).stream()
                .filter(d -> d.kind() == DocumentKind.COERCION_EXTENSION).findFirst().orElseThrow();
        assertThat(extension.number()).matches("昆市监强制〔2026〕\\d+号");
        assertThat(PdfText.stored(caseDocuments, instance.getBusinessKey(), extension.sha256())).contains(
                "延长行政强制措施期限决定书", "检验尚未完成", "30 日", "2026年5月1日", "扣押财物", "过期食品 12 件",
                (String) cases.variable(instance, "coercionDecisionDocumentNumber"));
    }

    @Test
    void officerWhoHandledTheCaseCanNeitherClaimNorCompleteItsLegalReview() {
        ProcessInstance instance = cases.report("penalty", "organisation");
        cases.complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL, values("filingDecision", "approve", "filingOpinion", "同意"));
        // zhaoliu, a legal reviewer, is one of the case's officers
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS, officers("53010012345", "53010012349"));
        cases.investigate(instance, true);
        cases.notifyRights(instance, List.of("fine"), 150000);
        cases.noHearing(instance);
        cases.opinion(instance, List.of("fine"), 150000);
        cases.unitApproves(instance, false);

        var review = cases.task(instance, OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW);
        assertThatThrownBy(() -> cases.as("zhaoliu", () -> {
            engine.getTaskService().claim(review.getId(), "zhaoliu");
            return null;
        })).isInstanceOf(AuthorizationException.class).hasMessageContaining("四眼原则").hasMessageContaining("zhaoliu");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
        // nor can the handler who wrote the opinion complete it unclaimed
        assertThatThrownBy(() -> cases.as("zhangsan", () -> {
            engine.getTaskService().complete(review.getId(), legalApproval());
            return null;
        })).isInstanceOf(AuthorizationException.class).hasMessageContaining("zhangsan");
        assertThat(instance).isWaitingAt(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW);
    }

    @Test
    void confiscatedItemsAreDisposedOfBeforeArchiving() throws Exception {
        List<String> penalties = List.of("warning", "confiscateItems");
        ProcessInstance instance = cases.filedAndInvestigating("penalty", "person");
        cases.investigate(instance, true);
        cases.notifyRights(instance, penalties, null);
        cases.noHearing(instance);
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION, values("facts", "销售过期食品", "evidenceList", "照片",
                "legalBasis", "《食品安全法》", "discretionRule", "轻微", "penalties", penalties,
                "confiscatedItems", "过期食品 12 件", "opinion", "警告并没收"));
        cases.unitApproves(instance, false);
        cases.leaderApproves(instance);
        cases.serve(instance);
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, values("performance", "fully",
                "paidAt", today().toString()));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_DISPOSE_CONFISCATED, values("disposalMethod", "destroy",
                "disposedAt", today().toString(), "disposalDetails", "监督销毁"));
        signedReceiptScanned(instance);
        cases.archive(instance);

        assertThat(instance).isEnded().hasPassedInOrder(OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, OfficerInitiatedCaseProcess.TASK_DISPOSE_CONFISCATED, OfficerInitiatedCaseProcess.TASK_ARCHIVE);
    }

    @Test
    void unknownOrExpiredCertificatesAreRefusedByNumber() {
        ProcessInstance instance = cases.report("penalty", "person");
        cases.complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL, values("filingDecision", "approve", "filingOpinion", "同意"));

        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS,
                officers("53010012345", "53010090001")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("53010090001")
                .hasMessageContaining("已于 2025-12-31 过期").hasMessageContaining("officer2Certificate");
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS,
                officers("53019999999", "53010012346")))
                .as("an unknown number is not one the step offers")
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("53019999999")
                .hasMessageContaining("不是本步骤可选的值");
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS,
                officers("53010012345", "53010090002"))).as("nor a revoked one")
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("53010090002")
                .hasMessageContaining("不是本步骤可选的值");
        assertThatThrownBy(() -> cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS,
                officers("53010012345", "")))
                .as("the form asks for two officers (Penalty Law Art. 42)")
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("officer2Certificate")
                .hasMessageContaining("必须填写");
        assertThat(instance).isWaitingAt(OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS);
    }

    /** Collects the decisions announced by {@link DecisionMade}. */
    @TestConfiguration
    static class DecisionsSeenConfiguration {
        @Bean
        DecisionsSeen decisionsSeen(CaseDecisions decisions) {
            return new DecisionsSeen(decisions);
        }
    }

    /** Each announced decision, as the listeners read it. */
    static class DecisionsSeen {
        private final List<CaseDecisions.Decision> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final CaseDecisions decisions;

        DecisionsSeen(CaseDecisions decisions) {
            this.decisions = decisions;
        }

        @EventListener
        void on(DecisionMade decision) {
            seen.add(decisions.find(decision.decisionNumber()).orElseThrow());
        }

        List<CaseDecisions.Decision> of(String businessKey) {
            return seen.stream().filter(d -> d.businessKey().equals(businessKey)).toList();
        }
    }
}
