package org.zhifa.requests.process;

import static org.zhifa.engine.process.StepVariables.actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.zhifa.disclosure.process.ResultDisclosureProcess;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.engine.FormSchema;
import org.zhifa.engine.process.RecordedStepForms;
import org.zhifa.engine.process.StepVariables;

/**
 * The written answer to a request from the public (PM17 更正申请答复书, PM22 政府信息公开申请答复书), issued as a document
 * filed under the request's business key — for a correction, the case whose published result it is about.
 */
@Component
class RequestAnswers {

    static final String AGENCY_CODE = "agencyCode";
    static final String AGENCY_NAME = "agencyName";
    /** The variable that names the answer's PDF; {@code answerDocumentUrl} gets its download path. */
    static final String DOCUMENT = "answerDocument";

    private final Documents documents;
    private final Clock clock;

    RequestAnswers(Documents documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** Issues the answer, unless the request was taken in before requests carried their agency (none is issued). */
    void issue(DelegateExecution execution, DocumentKind kind, Map<String, Object> values) {
        String agencyCode = (String) execution.getVariable(AGENCY_CODE);
        if (agencyCode == null) {
            return;
        }
        Documents.Issued issued = documents.issue(new Documents.Issue(kind, execution.getProcessBusinessKey(),
                execution.getCurrentActivityId(), agencyCode, (String) execution.getVariable(AGENCY_NAME), null,
                LocalDate.now(clock), values, actor(execution)));
        execution.setVariable(DOCUMENT, issued.stored().sha256());
        execution.setVariable(DOCUMENT + "Url", "/api/cases/" + execution.getProcessBusinessKey() + "/documents/"
                + issued.stored().sha256());
    }

    /** PM17: the 更正申请答复书 of a correction request, corrected or refused. */
    void correction(DelegateExecution execution, boolean corrected) {
        issue(execution, DocumentKind.CORRECTION_ANSWER, values(
                "requester", StepVariables.text(execution, CorrectionRequestProcess.REQUESTER),
                "decisionNumber", StepVariables.text(execution, ResultDisclosureProcess.DECISION_NUMBER),
                "caseName", StepVariables.text(execution, ResultDisclosureProcess.CASE_NAME),
                "correctionDescription", StepVariables.text(execution, CorrectionRequestProcess.DESCRIPTION),
                "corrected", corrected,
                "correctionReply", StepVariables.text(execution, CorrectionRequestProcess.REPLY)));
    }

    /** Values by name, in pairs (name, value); a value may be null (absent from the document). */
    static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** A choice of a task's form as the form shows it (予以公开, 部分公开…). */
    static String shown(DelegateExecution execution, String task, String field, String value) {
        if (value == null) {
            return null;
        }
        List<FormSchema> forms = RecordedStepForms.of(execution.getProcessEngine(), execution.getProcessDefinitionId(),
                task);
        return forms.stream().map(form -> form.shown(field, value)).filter(shown -> !shown.equals(value)).findFirst()
                .orElse(value);
    }
}
