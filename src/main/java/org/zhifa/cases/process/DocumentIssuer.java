package org.zhifa.cases.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import org.zhifa.evidence.CaseDocument;
import org.zhifa.evidence.CaseDocuments;

/** Stores a generated document with the case and links it from the case's variables. */
@Component
class DocumentIssuer {

    private final CaseDocuments documents;

    DocumentIssuer(CaseDocuments documents) {
        this.documents = documents;
    }

    /**
     * @param variable the case variable that names the document; {@code <variable>Url} gets its download path
     */
    CaseDocument issue(VariableScope scope, String businessKey, String variable, String title, String fileName,
            byte[] html) {
        CaseDocument document = documents.store(businessKey, title, fileName, "text/html;charset=UTF-8", html, actor());
        link(scope, businessKey, variable, document);
        return document;
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
