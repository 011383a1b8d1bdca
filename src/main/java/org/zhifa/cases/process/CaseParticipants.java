package org.zhifa.cases.process;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhifa.directory.Directory;
import org.zhifa.directory.Officer;
import org.zhifa.engine.EngineCalls;
import org.zhifa.evidence.CaseParticipation;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;

/**
 * Who took part in a case and who handled it, read from the case's full-process record and the directory — never
 * from a case variable. The officers are those whose certificates the officers' step recorded; the handlers are the
 * officers, whoever filed the case and whoever completed a handler's step ({@link #HANDLER_STEPS}); participants are
 * the officers and everyone assigned or completing a step, and whoever has one of its tasks now.
 */
@Component
class CaseParticipants implements CaseParticipation {

    /** Property of a parsed model: the ids of its steps that handlers do (user tasks of the handler group, the filing). */
    static final String HANDLER_STEPS = "zhifa.handlerSteps";
    /** The officers' user ids, which the officers' step writes (RM11.2). */
    static final String OFFICER_USERS = "officerUserIds";

    private final CaseRecord caseRecord;
    private final Directory directory;
    /** The engine is installed with rules that ask this, so it is looked up when first needed. */
    private final ObjectProvider<ProcessEngine> engine;
    private final Map<String, Set<String>> handlerSteps = new ConcurrentHashMap<>();

    CaseParticipants(CaseRecord caseRecord, Directory directory, ObjectProvider<ProcessEngine> engine) {
        this.caseRecord = caseRecord;
        this.directory = directory;
        this.engine = engine;
    }

    private ProcessEngine engine() {
        return engine.getObject();
    }

    /** The case as its record tells it, with the steps the running command has ended too. */
    RecordedCase recorded(String businessKey) {
        return new RecordedCase(caseRecord.entriesSoFar(businessKey));
    }

    /**
     * The user ids of the case's officers (RM11.2), as the officers' step recorded them (so that a later change of the
     * directory does not change who handled the case); for cases recorded before that, by their certificates.
     */
    Set<String> officers(RecordedCase record) {
        Object recorded = record.lastValue(OFFICER_USERS);
        if (recorded != null) {
            return new LinkedHashSet<>(RecordedCase.list(recorded));
        }
        Set<String> officers = new LinkedHashSet<>();
        for (String certificate : certificates(record)) {
            directory.officer(certificate).map(Officer::getUserId).filter(id -> id != null).ifPresent(officers::add);
        }
        return officers;
    }

    /** Whoever handled the case: four eyes keep them from its legal review and from presiding over its hearing. */
    Set<String> handlers(RecordedCase record) {
        Set<String> handlers = new LinkedHashSet<>(officers(record));
        handlers.addAll(record.actors(this::handlerStep));
        return handlers;
    }

    @Override
    public boolean tookPart(String user, String businessKey) {
        RecordedCase record = recorded(businessKey);
        if (record.actors(entry -> true).contains(user) || record.assignees().contains(user)
                || officers(record).contains(user)) {
            return true;
        }
        return EngineCalls.asServer(engine(), () -> engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskAssignee(user).count() > 0);
    }

    private static List<String> certificates(RecordedCase record) {
        Object named = record.lastValue("officerCertificates");
        if (named != null) {
            return Arrays.stream(named.toString().split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private boolean handlerStep(RecordEntry entry) {
        Set<String> steps = handlerSteps.computeIfAbsent(entry.getProcessDefinitionId(), id -> EngineCalls.asServer(engine(),
                () -> {
                    var definition = (ProcessDefinitionEntity) engine().getRepositoryService().getProcessDefinition(id);
                    Object property = definition.getProperty(HANDLER_STEPS);
                    return property == null ? Set.<String>of() : Set.copyOf((Set<String>) property);
                }));
        return steps.contains(entry.getActivityId());
    }
}
