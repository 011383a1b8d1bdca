package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.AGENCY_NAME;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.evidence.CaseDocument;

/** Issues a case's document at the step that performs the act and links it from the case's variables. */
@Component
class DocumentIssuer {

    private final Documents documents;
    private final Clock clock;

    DocumentIssuer(Documents documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * @param variable the case variable that names the document; {@code <variable>Url} gets its download path
     * @param values   the kind's values ({@link org.zhifa.cases.internal.DocumentValues})
     */
    Documents.Issued issue(VariableScope scope, String businessKey, String variable, DocumentKind kind,
            Map<String, Object> values) {
        Documents.Issued issued = documents.issue(new Documents.Issue(kind, businessKey,
                (String) scope.getVariable(AGENCY_CODE), (String) scope.getVariable(AGENCY_NAME), null,
                LocalDate.now(clock), values, actor()));
        link(scope, businessKey, variable, issued.stored());
        return issued;
    }

    /** Links a document stored with the case from the case's variable {@code variable} and its {@code Url}. */
    static void link(VariableScope scope, String businessKey, String variable, CaseDocument document) {
        scope.setVariable(variable, document.sha256());
        scope.setVariable(variable + "Url", "/api/cases/" + businessKey + "/documents/" + document.sha256());
    }

    /** Who the current engine command runs for: the user completing the step, or the server. */
    static String actor() {
        var command = Context.getCommandContext();
        return command == null || command.getAuthenticatedUserId() == null ? "system" : command.getAuthenticatedUserId();
    }
}
