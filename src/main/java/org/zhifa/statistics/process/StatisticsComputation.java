package org.zhifa.statistics.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.statistics.StatisticsRuns;
import org.zhifa.statistics.StatisticsRuns.Computation;

/** {@code Task_ComputeStatistics}: one agency's figures (the multi-instance element), kept for review (PM8.5). */
@Component("statisticsComputation")
class StatisticsComputation implements JavaDelegate {

    private final StatisticsRuns runs;

    StatisticsComputation(StatisticsRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Computation computed = runs.compute((String) execution.getVariable(AnnualStatisticsProcess.AGENCY),
                ((Number) execution.getVariable(AnnualStatisticsProcess.YEAR)).intValue(),
                execution.getProcessInstanceId());
        execution.setVariableLocal(AnnualStatisticsProcess.STATISTICS_ID, computed.id());
        execution.setVariableLocal(AnnualStatisticsProcess.AGENCY_NAME, computed.agencyName());
        execution.setVariableLocal(AnnualStatisticsProcess.TEXT, computed.text());
    }
}
