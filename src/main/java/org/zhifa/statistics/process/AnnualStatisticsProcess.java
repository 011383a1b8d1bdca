package org.zhifa.statistics.process;

import org.springframework.modulith.NamedInterface;

/** The names of {@code bpmn/annual-statistics.bpmn}: its key, element ids and variables, said once. */
@NamedInterface("names")
public final class AnnualStatisticsProcess {

    public static final String KEY = "annual-statistics";

    /** Further steps of the model, as its tests refer to them. */
    public static final String TASK_PREPARE_STATISTICS = "Task_PrepareStatistics";
    public static final String SUBPROCESS_AGENCY = "SubProcess_Agency";
    public static final String TASK_REVIEW = "Task_ReviewStatistics";
    public static final String TASK_WARNING = "Task_StatisticsWarning";
    public static final String TIMER_WARNING = "Timer_StatisticsWarning";
    public static final String TIMER_DEADLINE = "Timer_StatisticsDeadline";

    public static final String YEAR = "statisticsYear";
    public static final String AGENCY_CODES = "agencyCodes";
    /** The multi-instance element: the agency one sub-process counts. */
    public static final String AGENCY = "agencyCode";
    public static final String LAST_DAY = "statisticsLastDay";
    public static final String DUE = "statisticsDue";
    public static final String WARN_AT = "statisticsWarnAt";
    // local to the agency's sub-process
    public static final String STATISTICS_ID = "statisticsId";
    public static final String AGENCY_NAME = "agencyName";
    public static final String TEXT = "statisticsText";
    // the review
    public static final String DECISION = "statisticsDecision";
    public static final String DECISION_PUBLISH = "publish";

    private AnnualStatisticsProcess() {
    }

    /** The chain a year's run is recorded in. */
    public static String businessKey(int year) {
        return "STAT-" + year;
    }
}
