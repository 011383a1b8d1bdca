package org.zhifa.cases.process;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.zhifa.cases.internal.Penalties;

/**
 * The handler's opinion (RM11.13) and everyone who reviews it: handling unit (RM11.14), legal review with its
 * checklist (RM11.15), collective discussion (RM11.16), the leader's approval (RM11.17).
 */
final class ReviewRules {

    private final CaseParticipants participants;

    ReviewRules(CaseParticipants participants) {
        this.participants = participants;
    }

    static final Map<String, String> LEGAL_CHECKLIST = Map.of("checkCompetence", "执法主体合法，未超越职权",
            "checkFacts", "案件事实清楚", "checkEvidence", "证据确实充分", "checkLegalBasis", "适用法律依据准确",
            "checkDiscretion", "裁量基准运用适当", "checkProcedure", "程序合法", "checkRights", "当事人的陈述、申辩、听证等权利得到保障");

    void register(Map<String, StepRule> rules) {
        rules.put(OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION, this::opinion);
        rules.put(OfficerInitiatedCaseProcess.TASK_UNIT_REVIEW, s -> {
            s.choice("unitDecision", "审核意见", "approve", "return");
            s.text("unitOpinion", "理由");
            s.set("complexCase", s.flag("complexCase"));
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, s -> {
            String decision = s.choice("legalDecision", "审核意见", "approve", "return");
            s.text("legalOpinion", "书面审核意见");
            if ("approve".equals(decision)) {
                LEGAL_CHECKLIST.forEach((field, label) -> {
                    if (!s.flag(field)) {
                        s.reject(field, label, "同意前须逐项审核确认；有问题的应退回补正");
                    }
                });
            }
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_COMMITTEE_OPINION, s -> {
            s.choice("memberOpinion", "意见", "agree", "modify", "disagree");
            s.text("memberReason", "理由");
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION, s -> {
            s.choice("committeeConclusion", "结论", "agree", "modify", "return");
            s.text("conclusionText", "集体讨论决定");
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL, s -> {
            s.choice("leaderDecision", "审批意见", "approve", "return");
            s.text("leaderOpinion", "审批意见说明");
        });
    }

    private void opinion(Submission s) {
        s.text("facts", "违法事实");
        s.text("evidenceList", "证据");
        s.text("legalBasis", "法律依据");
        s.text("discretionRule", "适用的裁量基准及情节");
        s.text("opinion", "处理意见说明");
        List<String> penalties = s.selection("penalties", "处理意见", Penalties.DECISIONS);
        if (penalties.contains(Penalties.NO_PENALTY) && penalties.size() > 1) {
            s.reject("penalties", "处理意见", "“不予行政处罚”不能与其他处罚同时选择");
        }
        BigDecimal fine = null;
        if (penalties.contains(Penalties.FINE)) {
            fine = s.money("fineAmount", "罚款金额（元）");
            positive(s, fine, "fineAmount", "罚款金额（元）");
        }
        if (penalties.contains(Penalties.CONFISCATE_GAINS)) {
            positive(s, s.money("illegalGains", "没收违法所得（元）"), "illegalGains", "没收违法所得（元）");
        }
        if (penalties.contains(Penalties.CONFISCATE_ITEMS)) {
            s.text("confiscatedItems", "没收的非法财物");
        }
        if (s.valid()) {
            Map<String, Object> notice = participants.recorded(s.businessKey()).ofInstance(s.processInstanceId())
                    .lastValues(OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS);
            String difference = NoticeComparison.difference(notice, penalties, fine);
            s.set("opinionAsNotified", difference == null);
            s.set("renoticeReason", difference == null ? "" : difference);
        }
    }

    private static void positive(Submission s, BigDecimal amount, String field, String label) {
        if (amount != null && amount.signum() == 0) {
            s.reject(field, label, "金额应大于 0");
        }
    }
}
