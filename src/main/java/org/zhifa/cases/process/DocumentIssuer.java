package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.AGENCY_NAME;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionNumbers;
import org.zhifa.cases.internal.StepValues;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.documents.SignedCopies;
import org.zhifa.engine.EngineCalls;
import org.zhifa.engine.FormSchema;
import org.zhifa.engine.process.RecordedStepForms;
import org.zhifa.evidence.CaseDocument;
import org.zhifa.record.PendingSteps;
import org.zhifa.record.RecordEntry;

/** Issues a case's document at the step that performs the act and links it from the case's variables. */
@Component
class DocumentIssuer {

    private final Documents documents;
    /** Taken when first needed: it stores through evidence intake, which needs the engine this issuer is part of. */
    private final ObjectProvider<SignedCopies> signedCopies;
    private final CaseParticipants participants;
    private final DecisionNumbers numbers;
    private final Directory directory;
    private final Clock clock;

    DocumentIssuer(Documents documents, ObjectProvider<SignedCopies> signedCopies, CaseParticipants participants,
            DecisionNumbers numbers, Directory directory, Clock clock) {
        this.documents = documents;
        this.signedCopies = signedCopies;
        this.participants = participants;
        this.numbers = numbers;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * @param variable the case variable that names the document; {@code <variable>Url} gets its download path
     * @param values   the kind's values ({@link org.zhifa.cases.internal.DocumentValues})
     */
    Documents.Issued issue(VariableScope scope, String businessKey, String variable, DocumentKind kind,
            Map<String, Object> values) {
        return issue(scope, businessKey, variable, kind, values, null);
    }

    /** @param series the 文号 series of a numbered document ({@link DecisionNumbers}), or null */
    private Documents.Issued issue(VariableScope scope, String businessKey, String variable, DocumentKind kind,
            Map<String, Object> values, String series) {
        java.util.function.Function<String, Object> agency = agency(scope, businessKey);
        String agencyCode = (String) agency.apply(AGENCY_CODE);
        LocalDate today = LocalDate.now(clock);
        String number = series == null ? null : numbers.next(agencyCode, directory.agency(agencyCode)
                .map(Agency::getShortName).orElse(agencyCode), series, today.getYear());
        Documents.Issued issued = documents.issue(new Documents.Issue(kind, businessKey, step(scope), agencyCode,
                (String) agency.apply(AGENCY_NAME), number, today, values, actor()));
        link(scope, businessKey, variable, issued.stored(), issued.ofd());
        if (number != null) {
            scope.setVariable(variable + "Number", number);
        }
        return issued;
    }

    /**
     * Issues a step's documents from the values the step just recorded, its choices as its form shows them, and
     * the earlier steps as the case's record keeps them.
     */
    void issueForStep(Submission s, List<StepDocuments.StepDocument> stepDocuments) {
        DelegateTask task = (DelegateTask) s.scope();
        ProcessEngine engine = task.getProcessEngine();
        List<FormSchema> forms = RecordedStepForms.of(engine, task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        RecordedCase whole = participants.recorded(s.businessKey());
        RecordedCase record = whole.ofInstance(task.getProcessInstanceId());
        // what this step submitted and derived, as it will be recorded; everything else as the record keeps it — this
        // process's steps first, then the case's other processes (a side process, an interruption report, reads its
        // case's values so) — and a value no step recorded from the variable (a variable changed since, by an
        // administrator say, is not what the steps recorded)
        Map<String, Object> thisStep = PendingSteps.valuesOfThisCommand(task.getProcessInstanceId());
        java.util.function.Function<String, Object> recorded = record.orElse(whole.orElse(s::get));
        StepValues values = new StepValues(name -> {
            if (thisStep.containsKey(name)) {
                return thisStep.get(name);
            }
            return recorded.apply(name);
        }, (field, value) -> shown(forms, field, value),
                field -> forms.stream().map(f -> f.fields().get(field)).filter(java.util.Objects::nonNull)
                        .map(FormSchema.Field::label).findFirst().orElse(field),
                name(engine, actor()), java.time.ZonedDateTime.now(clock), memoized((step, since) -> runs(engine, record, step, since)),
                step -> stepName(engine, s.businessKey(), step));
        for (StepDocuments.StepDocument document : stepDocuments) {
            if (document.when().test(values)) {
                issue(task, s.businessKey(), document.variable(), document.kind(), document.values().apply(values),
                        document.series());
            }
        }
    }

    /**
     * RM20: what the case lacks before archiving — a document of a step it completed (where that run called for
     * it), a document its path requires ({@link StepDocuments#requiredByPath}, whether or not the step issuing it was
     * completed or skipped), a signed copy its agency requires. A case opened before its model's steps issued
     * documents ({@link StepDocuments#DOCUMENT_SET} not recorded at opening) is held to the signed copies only.
     *
     * @param documents the documents the model's steps issue, by task
     */
    List<String> missingForArchive(Submission s, Map<String, List<StepDocuments.StepDocument>> documents) {
        DelegateTask task = (DelegateTask) s.scope();
        if (task.getProcessEngine() == null) {
            // a rule tried outside the engine (the test of every form's choices): no case to look into
            return List.of();
        }
        String bk = s.businessKey();
        RecordedCase whole = participants.recorded(bk);
        RecordedCase record = whole.ofInstance(task.getProcessInstanceId());
        List<String> missing = new java.util.ArrayList<>();
        Object set = record.lastValue(StepDocuments.DOCUMENT_SET);
        if (set instanceof Number opened) {
            Set<String> issued = documents(bk);
            Map<String, DocumentKind> lacking = new java.util.LinkedHashMap<>();
            documents.forEach((step, stepDocuments) -> {
                for (RecordEntry run : record.runs(step, null)) {
                    Map<String, Object> recorded = RecordedCase.values(run);
                    StepValues past = new StepValues(recorded::get, (field, value) -> value, field -> field, null,
                            java.time.ZonedDateTime.now(clock), (a, b) -> List.of(), id -> null);
                    stepDocuments.stream().filter(d -> d.since() <= opened.intValue()).filter(d -> d.when().test(past))
                            .filter(d -> !issued.contains(String.valueOf(recorded.get(d.variable()))))
                            .forEach(d -> lacking.putIfAbsent(d.variable(), d.kind()));
                }
            });
            StepDocuments.requiredByPath(record::lastValue).forEach((variable, kind) -> {
                if (!issued.contains(String.valueOf(record.lastValue(variable)))) {
                    lacking.putIfAbsent(variable, kind);
                }
            });
            lacking.values().forEach(kind -> missing.add("缺少文书“" + kind.title() + "”"));
        }
        missing.addAll(signedCopies.getObject().missingForArchive(bk, (String) task.getVariable(AGENCY_CODE), Set.of()));
        return missing;
    }

    /** The SHA-256 of every document issued for the case. */
    private Set<String> documents(String businessKey) {
        return documents.of(businessKey).stream().map(org.zhifa.documents.IssuedDocument::sha256)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** A step's name in the model of the case's main process (a side process names a step of it), or null. */
    private static String stepName(ProcessEngine engine, String businessKey, String step) {
        return EngineCalls.asServer(engine, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list().stream()
                .map(instance -> engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId())
                        .getModelElementById(step))
                .filter(element -> element instanceof org.camunda.bpm.model.bpmn.instance.FlowElement)
                .map(element -> ((org.camunda.bpm.model.bpmn.instance.FlowElement) element).getName())
                .findFirst().orElse(null));
    }

    /** Each (step, since) looked up once per issuing: a run's completer is named by a query to the engine's users. */
    private static java.util.function.BiFunction<String, String, List<StepValues.Run>> memoized(
            java.util.function.BiFunction<String, String, List<StepValues.Run>> runs) {
        Map<List<String>, List<StepValues.Run>> seen = new java.util.HashMap<>();
        return (step, since) -> seen.computeIfAbsent(java.util.Arrays.asList(step, since),
                key -> runs.apply(step, since));
    }

    /**
     * The case's agency, by variable: the process's own, or for a side process of the case, as the case recorded it
     * (the record read once, and only then).
     */
    private java.util.function.Function<String, Object> agency(VariableScope scope, String businessKey) {
        if (scope.getVariable(AGENCY_CODE) != null) {
            return scope::getVariable;
        }
        RecordedCase recorded = participants.recorded(businessKey);
        return recorded::lastValue;
    }

    /** The completed runs of a step as the record keeps them, each with its completer's name and day. */
    private List<StepValues.Run> runs(ProcessEngine engine, RecordedCase record, String step, String since) {
        return record.runs(step, since).stream().map(entry -> new StepValues.Run(RecordedCase.values(entry),
                name(engine, entry.getActor()), entry.getEndedAt() == null ? null
                        : Documents.DATE.format(entry.getEndedAt().atZone(clock.getZone())))).toList();
    }

    private static String shown(List<FormSchema> forms, String field, String value) {
        for (FormSchema form : forms) {
            String shown = form.shown(field, value);
            if (!shown.equals(value)) {
                return shown;
            }
        }
        return value;
    }

    /** A user's name as documents print it (张三), or the id of one the engine does not know. */
    private static String name(ProcessEngine engine, String userId) {
        if (userId == null || userId.equals("system")) {
            return userId;
        }
        User user = EngineCalls.asServer(engine, () -> engine.getIdentityService().createUserQuery().userId(userId)
                .singleResult());
        return user == null ? userId : UserNames.of(user);
    }

    /**
     * Links a document stored with the case from the case's variable {@code variable} and its {@code Url}, and a
     * decision's OFD copy from {@code variable + "Ofd"}: both hashes are in the step's record entry.
     *
     * @param ofd the OFD copy, or null for a document without one
     */
    static void link(VariableScope scope, String businessKey, String variable, CaseDocument document,
            CaseDocument ofd) {
        scope.setVariable(variable, document.sha256());
        scope.setVariable(variable + "Url", "/api/cases/" + businessKey + "/documents/" + document.sha256());
        if (ofd != null) {
            scope.setVariable(variable + "Ofd", ofd.sha256());
        }
    }

    /** The step performing the act: the task's, or the activity an execution is at. */
    static String step(VariableScope scope) {
        return scope instanceof DelegateTask task ? task.getTaskDefinitionKey()
                : ((org.camunda.bpm.engine.delegate.DelegateExecution) scope).getCurrentActivityId();
    }

    /** Who the current engine command runs for: the user completing the step, or the server. */
    static String actor() {
        var command = Context.getCommandContext();
        return command == null || command.getAuthenticatedUserId() == null ? "system" : command.getAuthenticatedUserId();
    }
}
