package org.zhifa.cases.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.OfficerCaseSettings;
import org.zhifa.cases.internal.CaseValues;
import org.zhifa.cases.internal.DocumentValues;

/**
 * Decides from the case's facts, by the agency's configured rules, whether the decision needs legal review (Penalty
 * Law Art. 58) and collective discussion (Art. 57), and writes down why.
 */
@Component("majorDecisionAssessment")
class MajorDecisionAssessment implements JavaDelegate {

    private final OfficerCaseSettings settings;
    private final CaseParticipants participants;

    MajorDecisionAssessment(OfficerCaseSettings settings, CaseParticipants participants) {
        this.settings = settings;
        this.participants = participants;
    }

    /**
     * Reads the opinion under review and the party as filed from the case's record, so that no variable written
     * beside the steps changes which reviews a decision gets.
     */
    @Override
    public void execute(DelegateExecution execution) {
        RecordedCase record = participants.recorded(execution.getProcessBusinessKey())
                .ofInstance(execution.getProcessInstanceId());
        var opinion = record.lastValues(OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION);
        List<String> penalties = RecordedCase.list(opinion.get("penalties"));
        BigDecimal fine = CaseValues.money(opinion.get("fineAmount"));
        String partyType = String.valueOf(record.lastValues("StartEvent_CaseReported").get("partyType"));
        // a hearing held before a new notice still counts: the case went through a hearing
        boolean hearingHeld = record.everRecorded("hearingHeld", Boolean.TRUE);

        List<String> legal = reasons(settings.legalReview(), partyType, fine, penalties, hearingHeld);
        List<String> collective = reasons(settings.collectiveDiscussion(), partyType, fine, penalties, hearingHeld);
        if (Boolean.TRUE.equals(execution.getVariable("complexCase"))) {
            collective.add("承办机构审核认定案情复杂");
        }
        execution.setVariable("legalReviewRequired", !legal.isEmpty());
        execution.setVariable("legalReviewReasonsText", String.join("；", legal));
        execution.setVariable("collectiveDiscussionRequired", !collective.isEmpty());
        execution.setVariable("collectiveDiscussionReasonsText", String.join("；", collective));
    }

    private static List<String> reasons(OfficerCaseSettings.Thresholds rule, String partyType, BigDecimal fine,
            List<String> penalties, boolean hearingHeld) {
        List<String> reasons = new ArrayList<>();
        if (rule.fineReaches(partyType, fine)) {
            reasons.add("罚款 " + fine.toPlainString() + " 元达到"
                    + ("organisation".equals(partyType) ? "对单位 " + rule.organisationFine() : "对个人 " + rule.personFine())
                            .concat(" 元的标准"));
        }
        for (String penalty : penalties) {
            if (rule.penalties() != null && rule.penalties().contains(penalty)) {
                reasons.add(DocumentValues.PENALTY_NAMES.getOrDefault(penalty, penalty));
            }
        }
        if (rule.whenHearingHeld() && hearingHeld) {
            reasons.add("经过听证程序");
        }
        return reasons;
    }
}
