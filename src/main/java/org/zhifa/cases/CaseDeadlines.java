package org.zhifa.cases;

import static org.zhifa.cases.process.CaseVariables.AGENCY_NAME;
import static org.zhifa.cases.process.CaseVariables.FILED_AT;
import static org.zhifa.cases.process.CaseVariables.PARTY_NAME;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import org.zhifa.calendar.Deadline;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.engine.EngineCalls;

/** Which running cases are near or past the day their decision is due, for leaders and supervisors. */
@Service
public class CaseDeadlines {


    private final ProcessEngine engine;
    private final Clock clock;

    CaseDeadlines(ProcessEngine engine, Clock clock) {
        this.clock = clock;
        this.engine = engine;
    }

    /**
     * Cases whose decision is due within {@code days} days from today, overdue ones included, soonest first. Reads
     * every case whatever the caller's engine authorizations: callers are restricted at the API.
     */
    public List<CaseDeadline> dueWithin(int days) {
        LocalDate today = LocalDate.now(clock);
        Date limit = Deadline.endOf(today.plusDays(days), clock.getZone());
        return EngineCalls.asServer(engine, () -> {
            var runtime = engine.getRuntimeService();
            var tasks = engine.getTaskService();
            return runtime.createProcessInstanceQuery().processDefinitionKey(OfficerInitiatedCaseProcess.KEY)
                    .variableValueLessThanOrEqual("caseDueDate", limit).list().stream()
                    // read without deserializing: a value read in the command is never written back
                    .map(instance -> deadline(instance, runtime.getVariablesTyped(instance.getId(), false),
                            tasks.createTaskQuery().processInstanceId(instance.getId()).list(), today))
                    .sorted(Comparator.comparing(CaseDeadline::lastDay))
                    .toList();
        });
    }

    private static CaseDeadline deadline(ProcessInstance instance, Map<String, Object> variables, List<Task> open,
            LocalDate today) {
        LocalDate lastDay = LocalDate.parse((String) variables.get("caseLastDay"));
        long left = ChronoUnit.DAYS.between(today, lastDay);
        return new CaseDeadline(instance.getBusinessKey(), (String) variables.get("caseKind"),
                (String) variables.get("caseCause"), (String) variables.get(PARTY_NAME),
                (String) variables.get(AGENCY_NAME), LocalDate.parse((String) variables.get(FILED_AT)), lastDay, left,
                left < 0, open.stream().map(Task::getName).toList());
    }
}
