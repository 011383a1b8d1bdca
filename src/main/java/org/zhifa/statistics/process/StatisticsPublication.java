package org.zhifa.statistics.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.engine.process.StepVariables;
import org.zhifa.statistics.StatisticsRuns;

/** {@code Task_PublishStatistics}: the reviewed figures are published (PM18). */
@Component("statisticsPublication")
class StatisticsPublication implements JavaDelegate {

    private final StatisticsRuns runs;

    StatisticsPublication(StatisticsRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runs.publish(((Number) execution.getVariable(AnnualStatisticsProcess.STATISTICS_ID)).longValue(),
                StepVariables.actor(execution));
    }
}
