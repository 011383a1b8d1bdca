package org.zhifa.supervision.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhifa.engine.EngineCalls;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.identity.Roles;
import org.zhifa.shared.CleanText;
import org.zhifa.supervision.CaseFileReviews;
import org.zhifa.supervision.ReviewResults;
import org.zhifa.supervision.ReviewSheet;
import org.zhifa.supervision.ReviewSteps;

/**
 * The rules of 案卷评查, built into the engine for every client and every version of the model (a model cannot drop
 * them): a dossier is scored only by someone who took no part in its case, on every item of the sheet, and the scores
 * are kept as the step completes; a rectification is answered only by the agency's own people; each answer and each
 * check of it is kept. The values a step takes are its own: they are created on the step's execution as it opens,
 * so one dossier's scores never show through in another's.
 */
@Component
class CaseFileReviewRules extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ReviewSteps> reviews;
    private final ObjectProvider<ReviewResults> results;

    CaseFileReviewRules(ObjectProvider<ReviewSteps> reviews, ObjectProvider<ReviewResults> results) {
        this.reviews = reviews;
        this.results = results;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                if (CaseFileReviewProcess.KEY.equals(definition.getKey())) {
                    requireRuledSteps(definition);
                }
            }

            @Override
            public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (CaseFileReviewProcess.KEY.equals(((ProcessDefinitionEntity) activity.getProcessDefinition())
                        .getKey()) && CaseFileReviewProcess.END_RECTIFIED.equals(activity.getId())) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                            (ExecutionListener) execution -> results.getObject().requireAccepted(
                                    execution.getProcessBusinessKey(), (String) execution.getVariable(
                                            CaseFileReviewProcess.AGENCY)));
                }
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (CaseFileReviewProcess.KEY.equals(((ProcessDefinitionEntity) activity.getProcessDefinition())
                        .getKey())) {
                    attach(activity.getId(), ((UserTaskActivityBehavior) activity.getActivityBehavior())
                            .getTaskDefinition());
                }
            }
        });
    }

    /**
     * The rules hold on these steps by their ids: a later model of the review that drops or renames one would run
     * without them (no four eyes, no kept scores), so it is refused when deployed.
     */
    private static void requireRuledSteps(ProcessDefinitionEntity definition) {
        List<String> missing = java.util.stream.Stream.of(CaseFileReviewProcess.TASK_DRAW,
                CaseFileReviewProcess.TASK_SCORE, CaseFileReviewProcess.TASK_GRADE, CaseFileReviewProcess.TASK_RECTIFY,
                CaseFileReviewProcess.TASK_CHECK, CaseFileReviewProcess.END_RECTIFIED)
                .filter(id -> definition.findActivity(id) == null).toList();
        if (!missing.isEmpty()) {
            throw new ParseException("模型 " + CaseFileReviewProcess.KEY + " 缺少服务器规则所依附的步骤 " + String.join("、",
                    missing) + "（评分的四眼原则、评分保存、整改审核依附于这些步骤的编号），不能部署", definition.getResourceName(),
                    List.of(), List.of());
        }
    }

    private void attach(String activityId, TaskDefinition task) {
        switch (activityId) {
            case CaseFileReviewProcess.TASK_SCORE -> {
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::openScoring);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, t -> reviews.getObject()
                        .requireIndependent(t.getAssignee(), caseOf(t)));
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::score);
            }
            case CaseFileReviewProcess.TASK_RECTIFY -> {
                headsOnly(task);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::openRectification);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, t -> reviews.getObject()
                        .requireOfAgency(t.getAssignee(), agencyOf(t), t.getName()));
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::rectify);
            }
            case CaseFileReviewProcess.TASK_CHECK -> {
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::openCheck);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::check);
            }
            default -> {
            }
        }
    }

    private void openScoring(DelegateTask task) {
        List<String> fields = new ArrayList<>();
        reviews.getObject().sheet().items().forEach(i -> fields.add(i.field()));
        fields.add(CaseFileReviewProcess.FINDINGS);
        own(task, fields.toArray(String[]::new));
        task.setVariableLocal(CaseFileReviewProcess.DOSSIER_PAGE, "/api/cases/" + caseOf(task) + "/dossier.pdf");
    }

    private void score(DelegateTask task) {
        String reviewer = actor(task);
        Map<String, Object> values = new HashMap<>();
        ReviewSheet sheet = reviews.getObject().sheet();
        sheet.items().forEach(i -> values.put(i.field(), task.getVariable(i.field())));
        values.put(CaseFileReviewProcess.FINDINGS, task.getVariable(CaseFileReviewProcess.FINDINGS));
        ReviewSteps.Score score = reviews.getObject().score(task.getExecution().getProcessBusinessKey(),
                caseOf(task), reviewer, task.getName(), values);
        task.getExecution().setVariableLocal(CaseFileReviewProcess.TOTAL, score.total());
        task.getExecution().setVariableLocal(CaseFileReviewProcess.GRADE, score.grade());
    }

    private void openRectification(DelegateTask task) {
        own(task, CaseFileReviewProcess.MEASURES);
        String round = task.getExecution().getProcessBusinessKey();
        task.setVariableLocal(CaseFileReviewProcess.AGENCY_FINDINGS, results.getObject().findingsText(round,
                agencyOf(task)));
        var due = results.getObject().dueOn(round, agencyOf(task));
        task.setVariableLocal(CaseFileReviewProcess.DUE_ON, due.map(Object::toString).orElse(""));
        due.map(results.getObject()::endOf).ifPresent(task::setDueDate);
    }

    private void rectify(DelegateTask task) {
        String user = actor(task);
        reviews.getObject().requireOfAgency(user, agencyOf(task), task.getName());
        String measures = text(task, CaseFileReviewProcess.MEASURES, "整改措施和结果", 4000, true);
        reviews.getObject().answer(task.getExecution().getProcessBusinessKey(), agencyOf(task),
                CaseFileReviews.RECTIFICATION, user, measures);
    }

    private void openCheck(DelegateTask task) {
        own(task, CaseFileReviewProcess.CHECK, CaseFileReviewProcess.OPINION, CaseFileReviewProcess.ACCEPTED);
        task.setVariableLocal(CaseFileReviewProcess.AGENCY_FINDINGS, results.getObject().findingsText(task
                .getExecution().getProcessBusinessKey(), agencyOf(task)));
    }

    private void check(DelegateTask task) {
        Object check = task.getVariable(CaseFileReviewProcess.CHECK);
        if (!CaseFileReviews.ACCEPTED.equals(check) && !CaseFileReviews.RETURNED.equals(check)) {
            throw new InvalidSubmissionException(task.getName(), List.of(new FieldError(CaseFileReviewProcess.CHECK,
                    "整改是否到位", "必须选择“到位”（accepted）或“不到位，退回重报”（returned）")));
        }
        String opinion = text(task, CaseFileReviewProcess.OPINION, "审核意见", 2000, true);
        reviews.getObject().answer(task.getExecution().getProcessBusinessKey(), agencyOf(task), (String) check,
                actor(task), opinion);
        task.getExecution().setVariableLocal(CaseFileReviewProcess.ACCEPTED, CaseFileReviews.ACCEPTED.equals(check));
    }

    /**
     * The model's {@code leader} candidates become the heads of the agency the findings went to: no other agency's
     * head sees the task, its findings or its answer. Decided as the engine creates the task, from the directory.
     */
    private void headsOnly(TaskDefinition task) {
        Expression leaders = task.getCandidateGroupIdExpressions().stream()
                .filter(e -> Roles.LEADER.equals(e.getExpressionText())).findFirst().orElse(null);
        if (leaders == null) {
            return;
        }
        task.getCandidateGroupIdExpressions().remove(leaders);
        task.addCandidateUserIdExpression(new Heads(reviews));
    }

    /** The heads of the task's agency: its registered officers who are in the {@code leader} group. */
    private record Heads(ObjectProvider<ReviewSteps> reviews) implements Expression {

        @Override
        public Object getValue(VariableScope scope) {
            String agency = (String) scope.getVariable(CaseFileReviewProcess.AGENCY);
            var configuration = Context.getProcessEngineConfiguration();
            // the directory of users, whatever the user whose step created the task may read of it
            return EngineCalls.asServer(configuration, () -> reviews.getObject().headsOf(agency,
                    configuration.getIdentityService()));
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException("candidates are the server's to decide");
        }

        @Override
        public String getExpressionText() {
            return "heads of " + CaseFileReviewProcess.AGENCY;
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }
    }

    /** Creates the step's fields on its own execution, empty, so what is submitted stays there. */
    private static void own(DelegateTask task, String... fields) {
        for (String field : fields) {
            task.getExecution().setVariableLocal(field, null);
        }
    }

    private static String text(DelegateTask task, String name, String label, int max, boolean multiline) {
        Object value = task.getVariable(name);
        String text = value == null ? null : value.toString().strip();
        if (text == null || text.isEmpty() || text.length() > max || !CleanText.Check.clean(text, multiline)) {
            throw new InvalidSubmissionException(task.getName(), List.of(new FieldError(name, label,
                    "必须填写，最多 " + max + " 个字符，不含控制字符")));
        }
        return text;
    }

    private static String caseOf(DelegateTask task) {
        return (String) task.getVariable(CaseFileReviewProcess.CASE);
    }

    private static String agencyOf(DelegateTask task) {
        return (String) task.getVariable(CaseFileReviewProcess.AGENCY);
    }

    /** Who completes the task: the logged-in user, else its assignee. */
    private static String actor(DelegateTask task) {
        var command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        return user != null ? user : task.getAssignee();
    }
}
