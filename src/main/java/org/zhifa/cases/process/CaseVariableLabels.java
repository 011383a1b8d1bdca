package org.zhifa.cases.process;

import static java.util.Map.entry;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhifa.engine.VariableLabels;

/** What the case models' server-written variables are called in a case's record (numbering, filing, deadlines). */
@Component
class CaseVariableLabels implements VariableLabels {

    @Override
    public Map<String, String> labels() {
        return Map.ofEntries(
                entry(CaseVariables.CASE_NUMBER, "案件编号"),
                entry(CaseVariables.AGENCY_CODE, "执法机关代码"),
                entry(CaseVariables.AGENCY_NAME, "执法机关"),
                entry(CaseVariables.PARTY_NAME, "当事人"),
                entry(CaseVariables.APPLICANT_NAME, "申请人"),
                entry(CaseVariables.DECISION_NUMBER, "决定书文号"),
                entry(CaseVariables.DECISION_DATE, "决定日期"),
                entry(CaseVariables.FILED_AT, "立案日期"),
                entry("initiator", "登记人"),
                entry("caseDueDate", "办案期限（截止时刻）"),
                entry("caseLastDay", "办案期限的最后一日"),
                entry("serviceDeadline", "送达期限（截止时刻）"),
                entry("serviceLastDay", "送达期限的最后一日"),
                entry("certificateNumber", "执法证件号"),
                entry("certificateName", "执法证件持有人"),
                entry("legalReviewRequired", "须经法制审核"),
                entry("legalReviewReasonsText", "须经法制审核的情形"),
                entry("collectiveDiscussionRequired", "须经集体讨论"),
                entry("collectiveDiscussionReasonsText", "须经集体讨论的情形"),
                entry("committeeMembers", "集体讨论成员"),
                entry("performanceRequired", "须记录履行情况"),
                entry("paymentLastDay", "缴纳（履行）期限的最后一日"),
                entry("preservationDecisionLastDay", "证据先行登记保存处理期限的最后一日"),
                entry(StepDocuments.DOCUMENT_SET, "归档须具备的文书（版本）"),
                entry(ExecutionRules.EXECUTION_EARLIEST_DAY, "催告期限届满、可强制执行的日期"),
                entry("preservationDecisionDue", "证据先行登记保存处理期限届满时刻"),
                entry("paymentDueEnds", "缴纳（履行）期限（截止时刻）"),
                entry("confiscationDisposalRequired", "须处置没收的财物"),
                entry("deemedAccepted", "视为受理"),
                entry("deemedAcceptanceReason", "视为受理的理由"),
                entry(ApplicationCaseProcess.APPLICATION_NUMBER, "申请编号"),
                entry(ApplicationCaseProcess.RECEIVED_AT, "收到申请日期"),
                entry(ApplicationCaseProcess.ACCEPTED_AT, "受理日期"),
                entry(ApplicationCaseProcess.NOTICE_LAST_DAY, "补正告知期限的最后一日"),
                entry(ApplicationCaseProcess.NOTICE_DEADLINE, "补正告知期限（截止时刻）"),
                entry(ApplicationCaseProcess.DECISION_LAST_DAY, "作出决定期限的最后一日"),
                entry(ApplicationCaseProcess.DECISION_DEADLINE, "作出决定期限（截止时刻）"),
                entry(ApplicationCaseProcess.DECISION_WORKING_DAYS, "作出决定的法定期限（工作日）"),
                entry(ApplicationCaseProcess.PAUSED_WORKING_DAYS, "不计入期限的工作日"),
                entry(ApplicationCaseProcess.SERVICE_ITEM_NAME, "办理事项"),
                entry(ApplicationCaseProcess.SERVICE_ITEM_KIND, "事项类别"),
                entry(ApplicationCaseProcess.SERVICE_ITEM_LEGAL_BASIS, "设定依据"),
                entry(ApplicationCaseProcess.REQUIRED_MATERIALS, "应提交的材料"),
                entry(ApplicationCaseProcess.RECEIVED_MATERIALS, "已收到的材料"),
                entry(ApplicationCaseProcess.MISSING_MATERIALS, "缺少的材料"),
                entry(ApplicationCaseProcess.MISSING_MATERIALS_NAMES, "缺少的材料名称"),
                entry(ApplicationCaseProcess.MISSING_MATERIALS_TEXT, "缺少的材料（说明）"),
                entry(ApplicationCaseProcess.MATERIALS_PROVIDED, "已补正材料"),
                entry("officerCertificates", "执法人员证件号"),
                entry("officerNames", "执法人员"),
                entry(CaseParticipants.OFFICER_USERS, "执法人员账号"),
                entry("hearingHeld", "已举行听证"),
                entry("hearingRightGranted", "享有听证权利"),
                entry("hearingWindowEnds", "听证申请期限（截止时刻）"),
                entry("presidingOfficerName", "听证主持人"),
                entry("opinionAsNotified", "处理意见与告知的处罚一致"),
                entry("renoticeReason", "重新告知的理由"),
                entry("rightsNoticeDocument", "事先告知书（SHA-256）"),
                entry("decisionDocument", "决定书（SHA-256）"),
                entry("decisionDocumentOfd", "决定书 OFD 版式文件（SHA-256）"),
                entry(OfficerRules.OPTIONS, "可选的执法人员"),
                entry(HearingRules.PRESIDING_OPTIONS, "可选的听证主持人"),
                entry(ApplicationRules.MATERIAL_OPTIONS, "可选的材料"),
                entry(ApplicationRules.SUPPLEMENT_OPTIONS, "可补正的材料"));
    }
}
