package org.zhifa.statistics.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.statistics.StatisticsRuns;

/** {@code Task_MarkStatisticsOverdue}: 31 January passed before publication; flagged (PM18, PM20.5). */
@Component("statisticsOverdue")
class StatisticsOverdue implements JavaDelegate {

    private final StatisticsRuns runs;

    StatisticsOverdue(StatisticsRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runs.markOverdue((String) execution.getVariable(AnnualStatisticsProcess.AGENCY),
                ((Number) execution.getVariable(AnnualStatisticsProcess.YEAR)).intValue());
    }
}
