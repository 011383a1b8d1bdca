package org.zhifa.disclosure;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;

/**
 * The steps of {@code bpmn/result-disclosure.bpmn}: the draft (PM9 summary and PM10 redacted full text, the PM14
 * deadline, a minor's case withheld under PM11.1), publishing, withholding on a recorded ground, and the overdue flag
 * (PM20.5). Every step also lands in the case's hash-chained record, since the process runs under the case's business
 * key. The process glue in {@code disclosure/process} calls one method per step.
 */
@Service
public class ResultDisclosure {

    /** The prepared draft: its publication, the deadline, whether the party is a minor, and the redacted content. */
    public record Prepared(long publicationId, Deadline deadline, boolean minor, PublishedContent draft,
            String markedUp) {
    }

    /**
     * Why a result is not published (PM11).
     *
     * @param exceptionRefused the officer chose to publish a result with secrets and the head did not approve it
     */
    public record Withholding(boolean minor, boolean exceptionRefused, String ground, String reason,
            String exceptionOpinion) {

        /** The rule the result is withheld under: PM11.1 for a minor, PM11.2 for a refused exception, else given. */
        public String groundApplied() {
            return minor ? "PM11.1" : exceptionRefused ? "PM11.2" : ground;
        }

        /** Why, in the words the record and supervisors read. */
        public String reasonGiven() {
            return minor ? "当事人为未成年人（按身份证号码所载出生日期核对）"
                    : exceptionRefused ? "涉及商业秘密或者个人隐私，例外公示未获批准：" + exceptionOpinion : reason;
        }
    }

    private final Publications publications;
    private final PublishedResults published;
    private final DecisionDrafts drafts;
    private final WorkingDays workingDays;
    private final DisclosureSettings settings;
    private final Clock clock;

    ResultDisclosure(Publications publications, PublishedResults published, DecisionDrafts drafts,
            WorkingDays workingDays, DisclosureSettings settings, Clock clock) {
        this.publications = publications;
        this.published = published;
        this.drafts = drafts;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    /** Creates the publication and its draft, due 7 (penalties, licences) or 20 working days after the decision. */
    @Transactional
    public Prepared prepare(DecisionToDisclose decision) {
        DecisionDrafts.Draft draft = drafts.draft(decision);
        int days = decision.penaltyOrLicensing() ? settings.decisionWorkingDays() : settings.otherWorkingDays();
        Deadline deadline = Deadline.of(decision.decisionDate(), days, settings.warningWorkingDays(), workingDays,
                clock.getZone());
        Publications.Publication publication = publications.insert(new Publications.Publication(0,
                decision.businessKey(), decision.processInstanceId(), decision.agencyCode(), decision.agencyName(),
                decision.caseKind(), decision.outcome(), decision.decisionNumber(), decision.decisionDate(),
                decision.partyType(), deadline.lastDay()));
        publications.append(new Publications.Version(0, publication.id(), "draft", "summary", draft.caseName(),
                draft.partyShown(), draft.facts().text(), draft.legalBasis().text(), draft.decision().text(),
                draft.fullText().text(), null, null, false, "system", null));
        return new Prepared(publication.id(), deadline, decision.partyWasMinor(), new PublishedContent("summary",
                draft.caseName(), draft.partyShown(), draft.facts().text(), draft.legalBasis().text(),
                draft.decision().text(), draft.fullText().text()), draft.fullText().markedUp());
    }

    /** Publishes what the officer confirmed (checked for leaks at the review); late after the PM14 deadline. */
    @Transactional
    public void publish(long publicationId, PublishedContent content, String exceptionBasis, String actor) {
        Publications.Publication publication = publication(publicationId);
        Publications.Version version = publications.append(new Publications.Version(0, publication.id(), "publish",
                content.form(), content.caseName(), content.partyShown(), content.facts(), content.legalBasis(),
                content.decision(), content.fullTextIfFull(), null, exceptionBasis,
                LocalDate.now(clock).isAfter(publication.deadline()), actor, null));
        publications.project(publication, version);
        published.changed();
    }

    /** Records why the result is not published (PM11): PM11.1 for a minor, PM11.2 for a refused exception. */
    @Transactional
    public void withhold(long publicationId, Withholding why, String actor) {
        publications.append(new Publications.Version(0, publication(publicationId).id(), "withhold", null, null,
                null, null, null, null, null, why.groundApplied(), why.reasonGiven(), false,
                why.minor() ? "system" : actor, null));
    }

    /** The deadline passed before publication (PM20.5): flagged for supervisors; the review task stays open. */
    @Transactional
    public void markOverdue(long publicationId) {
        Publications.Publication publication = publication(publicationId);
        publications.append(new Publications.Version(0, publication.id(), "overdue", null, null, null, null, null,
                null, null, "PM14", "超过公示期限 " + publication.deadline() + " 仍未公示", true, "system", null));
    }

    private Publications.Publication publication(long id) {
        return publications.find(id).orElseThrow(() -> new IllegalStateException("公示记录 " + id + " 不存在"));
    }
}
