package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.AGENCY_NAME;
import static org.zhifa.cases.process.CaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.shared.InvalidInput;

/** The case belongs to the agency of the officer who reported it (RM11.1). */
@Component("caseOpening")
class CaseOpening implements JavaDelegate {

    private final Directory directory;

    CaseOpening(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String initiator = (String) execution.getVariable("initiator");
        try {
            if (initiator == null) {
                throw new InvalidInput("立案登记须由登录的执法人员提交");
            }
            Agency agency = directory.agencyOf(initiator);
            execution.setVariable(AGENCY_CODE, agency.getCode());
            execution.setVariable(AGENCY_NAME, agency.getName());
            execution.setVariable(CASE_NUMBER, execution.getProcessBusinessKey());
            execution.setVariable(StepDocuments.DOCUMENT_SET, StepDocuments.CURRENT_DOCUMENT_SET);
        } catch (InvalidInput e) {
            throw new InvalidSubmissionException("案件来源登记",
                    java.util.List.of(new FieldError("initiator", "登记人", e.getMessage())));
        }
    }
}
