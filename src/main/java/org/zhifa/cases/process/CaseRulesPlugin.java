package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.evidence.EvidenceRegister;
import org.zhifa.evidence.UninterruptedRecording;
import org.zhifa.identity.Roles;

/**
 * Enforces the case rules on the server, for every client (Tasklist, REST, Java), as built-in task listeners that run
 * before the step is recorded: the step's rules ({@link CaseSteps}); four eyes — whoever handled a case (its officers,
 * whoever filed it or completed a handler's step, as the record tells) can never claim, be given or complete its legal
 * review or hearing; once a case has its officers, only they claim, are given or complete its handlers' steps (RM11.2);
 * and steps on the agency's uninterrupted-recording list (RM14) need their video first. Tasks of those who gather
 * evidence carry the address of the evidence page for their case and step ({@code evidencePage}), which their forms
 * link to and embed.
 */
@Component
class CaseRulesPlugin extends AbstractProcessEnginePlugin {

    /** Who gathers evidence: their tasks get a link to the evidence page of the case and step. */
    private static final Set<String> GATHERERS = Set.of(Roles.HANDLER, Roles.LEGAL_REVIEWER, Roles.WINDOW_CLERK);

    private final CaseSteps steps;
    private final CaseParticipants participants;
    private final UninterruptedRecording uninterrupted;
    private final EvidenceRegister evidence;
    private final String publicUrl;

    CaseRulesPlugin(CaseSteps steps, CaseParticipants participants, UninterruptedRecording uninterrupted,
            EvidenceRegister evidence, @Value("${zhifa.public-url:}") String publicUrl) {
        this.steps = steps;
        this.participants = participants;
        this.uninterrupted = uninterrupted;
        this.evidence = evidence;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                handlerSteps(definition);
                if (startedByHandlers(element)) {
                    Element start = element.elements("startEvent").stream().findFirst().orElse(null);
                    if (start != null) {
                        handlerSteps(definition).add(start.attribute("id"));
                    }
                }
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(activity);
            }

            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                attachStart(activity);
            }
        });
    }

    /** The start form is a step like any other: its rule runs as the case starts, and a refusal starts nothing. */
    private void attachStart(ActivityImpl activity) {
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        steps.rule(processKey, activity.getId()).ifPresent(rule -> activity.addBuiltInListener(
                ExecutionListener.EVENTNAME_START, execution -> {
                    Submission submission = new Submission(execution, String.valueOf(activity.getProperty("name")),
                            steps.zone());
                    rule.apply(submission);
                    submission.check();
                }));
    }

    private void attach(ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        Set<String> groups = task.getCandidateGroupIdExpressions().stream().map(Expression::getExpressionText)
                .collect(Collectors.toSet());
        steps.preparation(processKey, activity.getId())
                .ifPresent(prepare -> task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, prepare::accept));
        steps.rule(processKey, activity.getId()).ifPresent(rule -> task.addBuiltInTaskListener(
                TaskListener.EVENTNAME_COMPLETE, delegate -> {
                    Submission submission = new Submission(delegate, delegate.getName(), steps.zone());
                    rule.apply(submission);
                    submission.check();
                }));
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, delegate -> recorded(delegate));
        if (groups.stream().anyMatch(GATHERERS::contains)) {
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, delegate -> delegate.setVariableLocal(
                    EvidenceRegister.PAGE_VARIABLE, evidence.page(publicUrl, delegate.getExecution()
                            .getProcessBusinessKey(), delegate.getTaskDefinitionKey())));
        }
        if (groups.contains(Roles.HANDLER)) {
            handlerSteps((ProcessDefinitionEntity) activity.getProcessDefinition()).add(activity.getId());
            OfficerCandidates.install(task, participants);
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, delegate -> officersOnly(delegate,
                    delegate.getAssignee()));
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, delegate -> officersOnly(delegate, actor(delegate)));
        }
        if (groups.contains(Roles.LEGAL_REVIEWER)) {
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, delegate -> fourEyes(delegate, delegate.getAssignee()));
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, delegate -> fourEyes(delegate, actor(delegate)));
        }
        // last: a completion any check above refuses issues nothing
        List<StepDocuments.StepDocument> documents = steps.documents(processKey, activity.getId());
        if (!documents.isEmpty()) {
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, delegate -> steps.issue(delegate, documents));
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> handlerSteps(ProcessDefinitionEntity definition) {
        Object steps = definition.getProperty(CaseParticipants.HANDLER_STEPS);
        if (steps == null) {
            steps = new HashSet<String>();
            definition.setProperty(CaseParticipants.HANDLER_STEPS, steps);
        }
        return (Set<String>) steps;
    }

    private static boolean startedByHandlers(Element process) {
        Element extensions = process.element("extensionElements");
        return extensions != null && extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties").stream()
                .flatMap(p -> p.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream())
                .anyMatch(p -> "startableBy".equals(p.attribute("name"))
                        && List.of(p.attribute("value", "").split(",")).stream().map(String::strip)
                                .anyMatch(Roles.HANDLER::equals));
    }

    /** RM14: a step on the agency's uninterrupted-recording list needs its video before it is completed. */
    private void recorded(DelegateTask task) {
        String agency = (String) task.getVariable(AGENCY_CODE);
        String activity = task.getTaskDefinitionKey();
        if (uninterrupted.required(agency, activity)
                && !evidence.hasVideo(task.getExecution().getProcessBusinessKey(), activity, task.getId())) {
            throw new InvalidSubmissionException(task.getName(), List.of(new FieldError("evidence", "全程音像记录",
                    "本步骤在全过程音像记录清单中，须从到达现场至离开现场全程录像（RM14、RM16）；请先上传本步骤的录像")));
        }
    }

    private void fourEyes(DelegateTask task, String user) {
        if (user != null && participants.handlers(participants.recorded(task.getExecution().getProcessBusinessKey()))
                .contains(user)) {
            throw new AuthorizationException("四眼原则：" + user + " 承办过本案，不能办理“" + task.getName()
                    + "”（法制审核人员、听证主持人不得为本案承办人员）");
        }
    }

    /** RM11.2: a case's handlers' steps are worked by its officers once they are named. */
    private void officersOnly(DelegateTask task, String user) {
        if (user == null) {
            return;
        }
        Set<String> officers = participants.officers(participants.recorded(task.getExecution().getProcessBusinessKey()));
        if (!officers.isEmpty() && !officers.contains(user)) {
            throw new AuthorizationException(user + " 不是本案的执法人员，不能办理“" + task.getName() + "”；本案执法人员："
                    + String.join("、", officers));
        }
    }

    /** Who completes the task: the logged-in user, else its assignee. */
    private static String actor(DelegateTask task) {
        var command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        return user != null ? user : task.getAssignee();
    }
}
