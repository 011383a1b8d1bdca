package org.zhifa.disclosure.process;

import static org.zhifa.disclosure.process.ResultDisclosureProcess.*;
import static org.zhifa.engine.process.StepVariables.actor;
import static org.zhifa.engine.process.StepVariables.flag;
import static org.zhifa.engine.process.StepVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.disclosure.ResultDisclosure;
import org.zhifa.disclosure.ResultDisclosure.Withholding;

/** {@code Task_WithholdMinor}, {@code Task_Withhold}: the result is not published, on a recorded ground (PM11). */
@Component("resultWithholding")
class ResultWithholding implements JavaDelegate {

    private final ResultDisclosure disclosure;

    ResultWithholding(ResultDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Withholding why = new Withholding(flag(execution, MINOR), CHOICE_PUBLISH.equals(text(execution, CHOICE)),
                text(execution, GROUND), text(execution, REASON), text(execution, EXCEPTION_OPINION));
        disclosure.withhold(((Number) execution.getVariable(PUBLICATION_ID)).longValue(), why, actor(execution));
    }
}
