package org.zhifa.record.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches recording to every user task, every other task, every event and every gateway decision of every model the
 * engine parses, as built-in listeners, which neither a model nor an API call that skips custom listeners can remove.
 */
final class RecordingParseListener extends AbstractBpmnParseListener {

    private static final Logger log = LoggerFactory.getLogger(RecordingParseListener.class);
    private static final String STEP = "zhifa.step";

    private final StepRecorder recorder;
    private final ThreadLocal<List<String>> unmapped = ThreadLocal.withInitial(ArrayList::new);

    RecordingParseListener(StepRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        StepElement process = StepElement.of(element, "process");
        definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
            if (execution.isCanceled()) {
                recorder.processCancelled(execution, process);
            }
        });
        List<String> missing = unmapped.get();
        if (!missing.isEmpty()) {
            log.warn("模型 {} 中 {} 个步骤没有 law 属性（法律依据条目），其记录将标为未对应：{}", definition.getKey(), missing.size(),
                    missing);
        }
        unmapped.remove();
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        StepElement step = remember(element, activity, "userTask");
        var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> recorder.taskEnded(task, step, true));
        taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, task -> recorder.taskEnded(task, step, false));
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "serviceTask");
    }

    @Override
    public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "sendTask");
    }

    @Override
    public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "scriptTask");
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "businessRuleTask");
    }

    @Override
    public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "receiveTask");
    }

    @Override
    public void parseManualTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "manualTask");
    }

    @Override
    public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "task");
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "callActivity");
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "startEvent");
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "endEvent");
    }

    @Override
    public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "intermediateCatchEvent");
    }

    @Override
    public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "intermediateThrowEvent");
    }

    @Override
    public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        recordActivity(element, activity, "boundaryEvent");
    }

    @Override
    public void parseExclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
        remember(element, activity, "exclusiveGateway");
    }

    @Override
    public void parseInclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
        remember(element, activity, "inclusiveGateway");
    }

    @Override
    public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl flow) {
        Object gateway = flow.getSource().getProperty(STEP);
        if (gateway instanceof StepElement step && step.type().endsWith("Gateway")) {
            flow.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE,
                    (ExecutionListener) execution -> recorder.decisionTaken(execution, step, flow));
        }
    }

    private void recordActivity(Element element, ActivityImpl activity, String type) {
        StepElement step = remember(element, activity, type);
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) recorder::activityStarted);
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
                (ExecutionListener) execution -> recorder.activityEnded(execution, step));
    }

    private StepElement remember(Element element, ActivityImpl activity, String type) {
        StepElement step = StepElement.of(element, type);
        activity.setProperty(STEP, step);
        if (step.law() == null) {
            unmapped.get().add(step.id());
        }
        return step;
    }
}
