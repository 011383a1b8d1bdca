package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.FILED_AT;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.Deadline;
import org.zhifa.cases.OfficerCaseSettings;

/**
 * Files the case: the day of filing and the day by which the decision is due, 90 days later (Penalty Law Art. 60);
 * every later step carries that day as its follow-up date, so Tasklist and {@code /api/cases} find cases near it.
 */
@Component("caseFiling")
class CaseFiling implements JavaDelegate {

    private final OfficerCaseSettings settings;
    private final Clock clock;

    CaseFiling(OfficerCaseSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate filed = LocalDate.now(clock);
        LocalDate lastDay = filed.plusDays(settings.caseDays());
        execution.setVariable(FILED_AT, filed.toString());
        execution.setVariable("caseLastDay", lastDay.toString());
        execution.setVariable("caseDueDate", Deadline.endOf(lastDay, clock.getZone()));
    }
}
