package org.zhifa.disclosure;

import static org.zhifa.disclosure.process.ResultDisclosureProcess.*;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.PartyIds;

/**
 * The steps of {@code bpmn/result-disclosure.bpmn}, as {@code resultDisclosure}: the draft (PM9 summary and PM10
 * redacted full text, the PM14 deadline, a minor's case withheld under PM11.1), publishing, withholding on a recorded
 * ground, and the overdue flag (PM20.5). Every step also lands in the case's hash-chained record, since the process
 * runs under the case's business key.
 */
@Service("resultDisclosure")
public class ResultDisclosure {

    private final Publications publications;
    private final PublishedResults published;
    private final DecisionDrafts drafts;
    private final WorkingDays workingDays;
    private final DisclosureSettings settings;
    private final ZoneId zone;

    ResultDisclosure(Publications publications, PublishedResults published, DecisionDrafts drafts,
            WorkingDays workingDays, DisclosureSettings settings, @Value("${zhifa.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.publications = publications;
        this.published = published;
        this.drafts = drafts;
        this.workingDays = workingDays;
        this.settings = settings;
        this.zone = zone;
    }

    /** Creates the publication and its draft; sets the deadline, the warning time and whether the party is a minor. */
    public void prepare(DelegateExecution execution) {
        DecisionDrafts.Draft draft = drafts.draft(execution);
        LocalDate decided = LocalDate.parse((String) execution.getVariable("decisionDate"));
        String outcome = (String) execution.getVariable("outcome");
        int days = List.of("penalty", "noPenalty", "grant", "refuse").contains(outcome)
                ? settings.decisionWorkingDays() : settings.otherWorkingDays();
        Deadline deadline = Deadline.of(decided, days, settings.warningWorkingDays(), workingDays, zone);
        LocalDate lastDay = deadline.lastDay();
        Publications.Publication publication = publications.insert(new Publications.Publication(0,
                execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
                (String) execution.getVariable("agencyCode"), (String) execution.getVariable("agencyName"),
                (String) execution.getVariable("caseKind"), outcome, (String) execution.getVariable(DECISION_NUMBER),
                decided, (String) execution.getVariable("partyType"), lastDay));
        publications.append(new Publications.Version(0, publication.id(), "draft", "summary", draft.caseName(),
                draft.partyShown(), draft.facts().text(), draft.legalBasis().text(), draft.decision().text(),
                draft.fullText().text(), null, null, false, "system", null));
        execution.setVariable(PUBLICATION_ID, publication.id());
        execution.setVariable(DEADLINE, lastDay.toString());
        execution.setVariable(DUE, deadline.due());
        execution.setVariable(WARN_AT, deadline.warnAt());
        execution.setVariable(MINOR, minor((String) execution.getVariable("partyType"),
                (String) execution.getVariable("partyIdNumber"), decided));
        execution.setVariable(FORM, "summary");
        execution.setVariable(SECRETS, false);
        execution.setVariable(CASE_NAME, draft.caseName());
        execution.setVariable(PARTY_SHOWN, draft.partyShown());
        execution.setVariable(FACTS, draft.facts().text());
        execution.setVariable(LEGAL_BASIS, draft.legalBasis().text());
        execution.setVariable(DECISION, draft.decision().text());
        execution.setVariable(FULL_TEXT, draft.fullText().text());
        execution.setVariable(MARKED_UP, draft.fullText().markedUp());
    }

    /** Publishes what the officer confirmed; the summary fields and full text are checked for leaks first. */
    public void publish(DelegateExecution execution) {
        Publications.Publication publication = publication(execution);
        String form = (String) execution.getVariable(FORM);
        Publications.Version version = publications.append(new Publications.Version(0, publication.id(), "publish",
                form, text(execution, CASE_NAME), text(execution, PARTY_SHOWN), text(execution, FACTS),
                text(execution, LEGAL_BASIS), text(execution, DECISION),
                "full".equals(form) ? text(execution, FULL_TEXT) : null, null,
                (String) execution.getVariable(EXCEPTION_BASIS), today().isAfter(publication.deadline()),
                EngineTime.actor(), null));
        publications.project(publication, version);
        published.changed();
    }

    /** Records why the result is not published (PM11), with the ground the officer chose or PM11.1 for a minor. */
    public void withhold(DelegateExecution execution) {
        boolean minor = Boolean.TRUE.equals(execution.getVariable(MINOR));
        boolean exceptionRefused = "publish".equals(execution.getVariable(CHOICE));
        String ground = minor ? "PM11.1" : exceptionRefused ? "PM11.2" : (String) execution.getVariable(GROUND);
        String reason = minor ? "当事人为未成年人（按身份证号码所载出生日期核对）"
                : exceptionRefused ? "涉及商业秘密或者个人隐私，例外公示未获批准：" + text(execution, "exceptionOpinion")
                        : text(execution, REASON);
        publications.append(new Publications.Version(0, publication(execution).id(), "withhold", null, null, null,
                null, null, null, null, ground, reason, false, minor ? "system" : EngineTime.actor(), null));
    }

    /** The deadline passed before publication (PM20.5): flagged for supervisors; the review task stays open. */
    public void markOverdue(DelegateExecution execution) {
        publications.append(new Publications.Version(0, publication(execution).id(), "overdue", null, null, null, null,
                null, null, null, "PM14", "超过公示期限 " + execution.getVariable(DEADLINE) + " 仍未公示", true, "system",
                null));
    }

    static boolean minor(String partyType, String idNumber, LocalDate on) {
        return "person".equals(partyType) && idNumber != null && PartyIds.personProblem(idNumber).isEmpty()
                && Period.between(PartyIds.birthDate(idNumber), on).getYears() < 18;
    }

    private Publications.Publication publication(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(PUBLICATION_ID)).longValue();
        return publications.find(id).orElseThrow(() -> new IllegalStateException("公示记录 " + id + " 不存在"));
    }

    private LocalDate today() {
        return EngineTime.today(zone);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString().strip();
    }
}
