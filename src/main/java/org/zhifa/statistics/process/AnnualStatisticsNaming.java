package org.zhifa.statistics.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.zhifa.statistics.StatisticsRuns;

/**
 * Names the run as it starts, before its first step is recorded: the year (last year when the January timer starts
 * it) and the business key {@code STAT-year}, under which its steps are chained.
 */
@Component("annualStatisticsNaming")
class AnnualStatisticsNaming implements ExecutionListener {

    private final StatisticsRuns runs;

    AnnualStatisticsNaming(StatisticsRuns runs) {
        this.runs = runs;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object given = execution.getVariable(AnnualStatisticsProcess.YEAR);
        int year = runs.year(given instanceof Number number ? number.intValue() : null);
        execution.setVariable(AnnualStatisticsProcess.YEAR, year);
        if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
            execution.setProcessBusinessKey(AnnualStatisticsProcess.businessKey(year));
        }
    }
}
