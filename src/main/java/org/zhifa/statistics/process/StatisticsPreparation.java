package org.zhifa.statistics.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.statistics.StatisticsRuns;
import org.zhifa.statistics.StatisticsRuns.Preparation;

/** {@code Task_PrepareStatistics}: the year's agencies and the deadline of publication (PM18). */
@Component("statisticsPreparation")
class StatisticsPreparation implements JavaDelegate {

    private final StatisticsRuns runs;

    StatisticsPreparation(StatisticsRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Preparation prepared = runs.prepare(((Number) execution.getVariable(AnnualStatisticsProcess.YEAR)).intValue());
        execution.setVariable(AnnualStatisticsProcess.AGENCY_CODES, new ArrayList<>(prepared.agencyCodes()));
        execution.setVariable(AnnualStatisticsProcess.LAST_DAY, prepared.lastDay().toString());
        execution.setVariable(AnnualStatisticsProcess.DUE, prepared.deadline().due());
        execution.setVariable(AnnualStatisticsProcess.WARN_AT, prepared.deadline().warnAt());
    }
}
