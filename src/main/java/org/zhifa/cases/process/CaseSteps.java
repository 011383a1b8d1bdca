package org.zhifa.cases.process;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.OfficerCaseSettings;
import org.zhifa.directory.Directory;
import org.zhifa.evidence.process.AvInterruptionReportProcess;
import org.zhifa.evidence.process.EvidenceReleaseProcess;

/** The server-side rules of every step of the case models, by process key and task id. */
@Component
class CaseSteps {

    private final Map<String, Map<String, StepRule>> rules = new HashMap<>();
    private final Map<String, Map<String, Consumer<DelegateTask>>> preparations = new HashMap<>();
    private final ZoneId zone;
    private final DocumentIssuer issuer;
    private final Map<String, Map<String, List<StepDocuments.StepDocument>>> documents;
    private final Clock clock;

    CaseSteps(Directory directory, WorkingDays workingDays, DocumentIssuer documents, OfficerCaseSettings officerCase,
            CaseParticipants participants, ObjectProvider<IdentityService> identity, Clock clock) {
        this.clock = clock;
        Map<String, StepRule> officer = new HashMap<>();
        new FilingRules(officerCase).register(officer);
        OfficerRules officers = new OfficerRules(directory, clock.getZone());
        officer.put(OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS, officers::caseOfficers);
        new InvestigationRules(workingDays).register(officer);
        HearingRules hearing = new HearingRules(workingDays, officerCase, participants, identity);
        hearing.register(officer);
        new ReviewRules(participants).register(officer);
        StepRule legalReview = officer.get(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW);
        new ExecutionRules(officerCase, workingDays).register(officer);
        Map<String, StepRule> inspection = new HashMap<>();
        new StartRules(directory).register(officer, inspection);
        inspection.put(RoutineInspectionProcess.TASK_ON_SITE, officers::inspectionOnSite);
        StepDocuments.checkBeforeArchiving(officer, StepDocuments.officerInitiated(), documents);
        rules.put(OfficerInitiatedCaseProcess.KEY, Map.copyOf(officer));
        rules.put(RoutineInspectionProcess.KEY, Map.copyOf(inspection));
        preparations.put(OfficerInitiatedCaseProcess.KEY, Map.of(OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE,
                hearing::offerPresidingOfficers, OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS,
                officers::offerOfficers));
        preparations.put(RoutineInspectionProcess.KEY, Map.of(RoutineInspectionProcess.TASK_ON_SITE,
                officers::offerOfficers));
        Map<String, StepRule> application = new HashMap<>();
        ApplicationRules applicationRules = new ApplicationRules(workingDays);
        applicationRules.register(application);
        preparations.put(ApplicationCaseProcess.KEY, Map.of(ApplicationCaseProcess.TASK_SUPPLEMENT,
                applicationRules::offerMissingMaterials, ApplicationCaseProcess.TASK_CHECK_MATERIALS,
                applicationRules::offerItemMaterials));
        application.put(ApplicationCaseProcess.TASK_LEGAL_REVIEW, legalReview);
        rules.put(ApplicationCaseProcess.KEY, Map.copyOf(application));
        rules.put(AvInterruptionReportProcess.KEY, Map.of(
                AvInterruptionReportProcess.TASK_HEAD_INFORMED,
                s -> s.text(AvInterruptionReportProcess.HEAD_INSTRUCTIONS, "负责人意见和处置要求"),
                AvInterruptionReportProcess.TASK_WRITTEN_EXPLANATION,
                s -> s.text(AvInterruptionReportProcess.WRITTEN_EXPLANATION, "书面说明")));
        rules.put(EvidenceReleaseProcess.KEY, Map.of(EvidenceReleaseProcess.TASK_APPROVAL, s -> {
            s.choice(EvidenceReleaseProcess.DECISION, "审批结果", EvidenceReleaseProcess.DECISION_APPROVE,
                    EvidenceReleaseProcess.DECISION_REFUSE);
            s.text(EvidenceReleaseProcess.OPINION, "审批意见");
        }));
        this.zone = clock.getZone();
        this.issuer = documents;
        this.documents = Map.of(OfficerInitiatedCaseProcess.KEY, StepDocuments.officerInitiated(),
                ApplicationCaseProcess.KEY, StepDocuments.application(), AvInterruptionReportProcess.KEY,
                StepDocuments.avInterruption());
    }

    /** The documents a step issues once it is complete, if it issues any. */
    List<StepDocuments.StepDocument> documents(String processKey, String taskKey) {
        return documents.getOrDefault(processKey, Map.of()).getOrDefault(taskKey, List.of());
    }

    /**
     * Issues a completed step's document: run last of the step's checks (rules, officers, four eyes), so that a
     * refused completion renders and stores nothing.
     */
    void issue(DelegateTask task, List<StepDocuments.StepDocument> stepDocuments) {
        Submission submission = new Submission(task, task.getName(), zone);
        issuer.issueForStep(submission, stepDocuments);
    }

    /** The steps that have rules, by process key. */
    Map<String, java.util.Set<String>> steps() {
        Map<String, java.util.Set<String>> steps = new HashMap<>();
        rules.forEach((process, tasks) -> steps.put(process, tasks.keySet()));
        return steps;
    }

    Optional<StepRule> rule(String processKey, String taskKey) {
        return Optional.ofNullable(rules.getOrDefault(processKey, Map.of()).get(taskKey));
    }

    /** What the server puts into a step's task when it is created (choices its form offers). */
    Optional<Consumer<DelegateTask>> preparation(String processKey, String taskKey) {
        return Optional.ofNullable(preparations.getOrDefault(processKey, Map.of()).get(taskKey));
    }

    ZoneId zone() {
        return zone;
    }
}
