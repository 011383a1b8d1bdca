package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.CASE_NUMBER;
import static org.zhifa.cases.process.FilingRules.notInFuture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.ObjectProvider;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.OfficerCaseSettings;
import org.zhifa.cases.internal.Penalties;
import org.zhifa.identity.Roles;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Notice of rights and the party's response (RM11.10), hearing (RM11.11), expert review (RM11.12): the hearing right
 * and its window of working days, the seven days' notice, a presiding officer who did not investigate.
 */
final class HearingRules {

    static final String PRESIDING_OPTIONS = "presidingOfficerOptions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkingDays workingDays;
    private final OfficerCaseSettings settings;
    private final CaseParticipants participants;
    private final ObjectProvider<IdentityService> identity;

    HearingRules(WorkingDays workingDays, OfficerCaseSettings settings, CaseParticipants participants,
            ObjectProvider<IdentityService> identity) {
        this.workingDays = workingDays;
        this.settings = settings;
        this.participants = participants;
        this.identity = identity;
    }

    /**
     * The hearing notice offers as presiding officer the agency's legal reviewers who did not handle the case
     * (Penalty Law Art. 64), by user id.
     */
    void offerPresidingOfficers(DelegateTask task) {
        Set<String> handlers = participants.handlers(participants.recorded(task.getExecution().getProcessBusinessKey()));
        List<Map<String, String>> options = identity.getObject().createUserQuery().memberOfGroup(Roles.LEGAL_REVIEWER).orderByUserId()
                .asc().list().stream().filter(user -> !handlers.contains(user.getId()))
                .map(user -> Map.of("label", UserNames.of(user) + "（" + user.getId() + "）", "value", user.getId())).toList();
        task.setVariableLocal(PRESIDING_OPTIONS, SpinValues.jsonValue(JSON.valueToTree(options).toString()).create());
    }

    void register(Map<String, StepRule> rules) {
        rules.put(OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS, this::notice);
        rules.put(OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE, this::response);
        rules.put(OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE, this::hearingNotice);
        rules.put(OfficerInitiatedCaseProcess.TASK_HEARING_RECORD, s -> {
            notInFuture(s, "hearingHeldAt", "听证日期", s.date("hearingHeldAt", "听证日期"));
            s.text("hearingRecord", "听证笔录要点");
            s.text("presidingOpinion", "听证主持人意见");
            if (s.valid()) {
                s.set("hearingHeld", true);
            }
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_EXPERT_REVIEW, s -> {
            s.text("experts", "评审专家");
            s.text("expertOpinion", "评审意见");
            notInFuture(s, "reviewedAt", "评审日期", s.date("reviewedAt", "评审日期"));
        });
    }

    private void notice(Submission s) {
        List<String> penalties = s.selection("proposedPenalties", "拟作出的行政处罚", Penalties.KINDS);
        BigDecimal fine = null;
        if (penalties.contains(Penalties.FINE)) {
            fine = s.money("proposedFine", "拟罚款金额（元）");
            if (fine != null && fine.signum() == 0) {
                s.reject("proposedFine", "拟罚款金额（元）", "罚款金额应大于 0");
            }
        }
        s.text("proposedDetails", "拟处罚的事实、理由和依据");
        s.choice("noticeServiceMethod", "送达方式", "inPerson", "lodged", "post", "electronic", "announcement");
        LocalDate served = s.date("noticeServedAt", "告知书送达日期");
        notInFuture(s, "noticeServedAt", "告知书送达日期", served);
        if (!s.valid()) {
            return;
        }
        OfficerCaseSettings.Thresholds hearing = settings.hearing();
        boolean right = hearing.fineReaches((String) s.get("partyType"), fine)
                || penalties.stream().anyMatch(hearing.penalties()::contains);
        LocalDate lastDay = workingDays.after(served, settings.hearingRequestWorkingDays());
        s.set("hearingRightGranted", right);
        s.set("hearingRightText", right ? "享有听证权利" : "不享有听证权利（拟作出的处罚不属于听证范围）");
        s.set("hearingWindowLastDay", lastDay.toString());
        s.set("hearingWindowEnds", Deadline.endOf(lastDay, s.zone()));
        s.set("hearingRequested", false);
        s.set("hearingHeld", false);
    }

    private void response(Submission s) {
        if (s.flag("statementMade")) {
            s.text("statementSummary", "陈述、申辩内容及复核情况");
        }
        if (s.flag("recusalRequested")) {
            s.text("recusalDecision", "回避申请的处理");
        }
        boolean requested = s.flag("hearingRequested");
        s.set("hearingRequested", requested);
        if (!requested) {
            return;
        }
        if (!Boolean.TRUE.equals(s.get("hearingRightGranted"))) {
            s.reject("hearingRequested", "当事人要求听证", "拟作出的处罚不属于听证范围（《行政处罚法》第六十三条）");
        }
        LocalDate requestedAt = s.date("hearingRequestedAt", "提出听证申请日期");
        LocalDate served = s.optionalDate("noticeServedAt", "告知书送达日期");
        LocalDate lastDay = LocalDate.parse((String) s.get("hearingWindowLastDay"));
        if (requestedAt != null && served != null && (requestedAt.isBefore(served) || requestedAt.isAfter(lastDay))) {
            s.reject("hearingRequestedAt", "提出听证申请日期", "应在告知书送达（" + served + "）后五个工作日内，即不晚于 "
                    + lastDay + "（《行政处罚法》第六十四条）");
        }
    }

    private void hearingNotice(Submission s) {
        LocalDate sent = s.date("hearingNoticeSentAt", "通知日期");
        LocalDate hearingAt = s.date("hearingAt", "听证日期");
        s.text("hearingPlace", "听证地点");
        String presiding = s.text("presidingOfficer", "听证主持人");
        if (sent != null && hearingAt != null && hearingAt.isBefore(sent.plusDays(settings.hearingNoticeDays()))) {
            s.reject("hearingAt", "听证日期", "应在通知之日起 " + settings.hearingNoticeDays() + " 日后，即不早于 "
                    + sent.plusDays(settings.hearingNoticeDays()) + "（《行政处罚法》第六十四条）");
        }
        if (presiding == null) {
            return;
        }
        User user = identity.getObject().createUserQuery().userId(presiding).singleResult();
        if (user == null) {
            s.reject("presidingOfficer", "听证主持人", "“" + presiding + "”不是本系统的用户（请选择人员）");
        } else if (participants.handlers(participants.recorded(s.businessKey())).contains(presiding)) {
            s.reject("presidingOfficer", "听证主持人", UserNames.of(user) + "（" + presiding
                    + "）承办或调查过本案，不能主持听证（《行政处罚法》第六十四条）");
        } else {
            s.set("presidingOfficerName", UserNames.of(user));
        }
    }
}
