package org.zhifa.engine.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.zhifa.engine.FormSchema;
import org.zhifa.engine.FormValues;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.engine.StartFormChoices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The first rule of every engine command a user issues, whatever the client: a step takes exactly its own form's
 * input fields, typed and bounded as the form says, and only from the task's assignee once someone has claimed it; a
 * start takes its start form's fields, each choice one the form was served with ({@link StartFormChoices}); nobody starts a case in the middle, re-runs an ended one or changes cases in
 * bulk. Commands the server issues for itself (no user, or with authorization checks off: delegates, module
 * services) pass. Runs inside the command's context, before the command, so a refusal leaves nothing behind.
 */
final class StepInputGuard extends CommandInterceptor {

    /** What kind of user command is running on this thread, innermost last. */
    enum Kind {
        STEP, START, OUTSIDE_STEP
    }

    private static final ThreadLocal<Deque<Kind>> KINDS = ThreadLocal.withInitial(ArrayDeque::new);
    private static final String ADMIN = "camunda-admin";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Stream<StartFormChoices>> startChoices;

    StepInputGuard(Supplier<Stream<StartFormChoices>> startChoices) {
        this.startChoices = startChoices;
    }

    /** Whether the innermost user command on this thread writes outside a step (variable endpoints and the like). */
    static boolean outsideStep() {
        Kind kind = KINDS.get().peekLast();
        return kind == Kind.OUTSIDE_STEP;
    }

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (context == null || context.getAuthenticatedUserId() == null || !context.isAuthorizationCheckEnabled()) {
            return next.execute(command);
        }
        Kind kind = check(context, command);
        Deque<Kind> kinds = KINDS.get();
        kinds.addLast(kind);
        try {
            return next.execute(command);
        } finally {
            kinds.removeLast();
            if (kinds.isEmpty()) {
                KINDS.remove();
            }
        }
    }

    private Kind check(CommandContext context, Command<?> command) {
        String user = context.getAuthenticatedUserId();
        if (CommandInputs.REFUSED.contains(command.getClass().getSimpleName())) {
            throw new AuthorizationException(user + " 不能进行此操作（" + command.getClass().getSimpleName()
                    + "）：案件只能从开始事件启动，逐案、同步地办理和修改，每一步都记入全过程记录（RM3、RM4）");
        }
        var assignment = CommandInputs.assignment(command);
        if (assignment != null) {
            reassigned(context, user, assignment);
            return Kind.OUTSIDE_STEP;
        }
        String job = CommandInputs.jobRun(command);
        if (job != null) {
            ranEarly(context, user, job);
            return Kind.OUTSIDE_STEP;
        }
        var submission = CommandInputs.submission(command);
        if (submission != null) {
            submitted(context, user, submission);
            return Kind.STEP;
        }
        var start = CommandInputs.start(command);
        if (start != null) {
            started(context, start);
            return Kind.START;
        }
        for (var write : CommandInputs.writes(command)) {
            outsideAStep(context, write);
        }
        return Kind.OUTSIDE_STEP;
    }

    private void submitted(CommandContext context, String user, CommandInputs.TaskSubmission submission) {
        TaskEntity task = context.getTaskManager().findTaskById(submission.taskId());
        if (task == null) {
            throw new NotFoundException("任务 " + submission.taskId() + " 不存在或已经办理完毕");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new AuthorizationException("任务“" + task.getName() + "”已由 " + task.getAssignee()
                    + " 认领，只有认领人可以办理；" + user + " 不能提交");
        }
        if (task.getProcessDefinitionId() == null) {
            return;
        }
        var activity = StepForms.definition(context, task.getProcessDefinitionId()).findActivity(task.getTaskDefinitionKey());
        FormSchema form = StepForms.ofTask(context, task);
        List<FieldError> errors = new ArrayList<>(
                FormValues.check(form, submission.variables(), name -> task.getVariable(name)));
        unsupported(StepForms.unsupported(activity), submission.variables(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(task.getName(), errors);
        }
    }

    /** A task someone claimed is theirs: only they, or an administrator, hand it on or give it back (point 11). */
    private static void reassigned(CommandContext context, String user, CommandInputs.Assignment assignment) {
        TaskEntity task = context.getTaskManager().findTaskById(assignment.taskId());
        if (task == null || task.getAssignee() == null || task.getAssignee().equals(user)) {
            return;
        }
        List<String> groups = context.getAuthenticatedGroupIds();
        if (groups == null || !groups.contains(ADMIN)) {
            throw new AuthorizationException("任务“" + task.getName() + "”已由 " + task.getAssignee() + " 认领，只有认领人或系统管理员"
                    + "可以退回或改派；" + user + " 不能");
        }
    }

    /** A user may run a job that failed again, never fire a timer before its time (a hearing window, a deadline). */
    private static void ranEarly(CommandContext context, String user, String jobId) {
        var job = context.getJobManager().findJobById(jobId);
        if (job instanceof org.camunda.bpm.engine.impl.persistence.entity.TimerEntity && job.getExceptionMessage() == null
                && job.getDuedate() != null && job.getDuedate().after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime())) {
            throw new AuthorizationException(user + " 不能提前触发定时任务（期限届满前的听证、缴款等期限不能被缩短）");
        }
    }

    private void started(CommandContext context, CommandInputs.Start start) {
        var cache = context.getProcessEngineConfiguration().getDeploymentCache();
        ProcessDefinitionEntity definition = start.definitionId() != null
                ? cache.findDeployedProcessDefinitionById(start.definitionId())
                : cache.findDeployedLatestProcessDefinitionByKey(start.definitionKey());
        StartPolicy.permit(context, definition);
        FormSchema form = StepForms.ofStart(context, definition);
        List<FieldError> errors = new ArrayList<>(FormValues.check(form, start.variables(), this::startChoices));
        unsupported(StepForms.unsupported(definition.getInitial()), start.variables(), errors);
        if (!errors.isEmpty()) {
            String name = definition.getInitial() == null || definition.getInitial().getName() == null
                    ? definition.getName() : definition.getInitial().getName();
            throw new InvalidSubmissionException(name, errors);
        }
    }

    /**
     * What a start form's field can be compared with: no case exists yet, so nothing but the choices the server serves
     * the form with (as a {@code valuesKey} list); null for any other name.
     */
    private Object startChoices(String name) {
        return startChoices.get().filter(source -> source.valuesKey().equals(name)).findFirst().map(source -> {
            ArrayNode options = JSON.createArrayNode();
            source.choices().forEach((value, label) -> options.addObject().put("label", label).put("value", value));
            return (Object) options.toString();
        }).orElse(null);
    }

    private static void unsupported(String reason, Map<String, ?> variables, List<FieldError> errors) {
        if (reason != null && variables != null && !variables.isEmpty()) {
            errors.clear();
            variables.keySet().forEach(name -> errors.add(new FieldError(name, name, reason)));
        }
    }

    /** A modification, message or signal that carries values may carry only what users may change in that case. */
    private void outsideAStep(CommandContext context, CommandInputs.VariableWrites write) {
        if (write.processInstanceId() == null) {
            List<FieldError> errors = write.variables().keySet().stream().map(name -> new FieldError(name, name,
                    "消息和信号不能携带流程变量；请在办案步骤中提交")).toList();
            throw new InvalidSubmissionException("发送消息或信号", errors);
        }
        ExecutionEntity instance = context.getExecutionManager().findExecutionById(write.processInstanceId());
        if (instance == null) {
            return;
        }
        Set<String> writable = StepForms.writableOutsideSteps(context, StepForms.definition(context,
                instance.getProcessDefinitionId()));
        List<FieldError> errors = new ArrayList<>(write.variables().keySet().stream()
                .filter(name -> !writable.contains(name)).map(DerivedVariableGuard::derived).toList());
        // a transient value leaves no history, so the record would not show what decided the route
        write.variables().forEach((name, value) -> {
            if (value instanceof TypedValue typed && typed.isTransient()) {
                errors.add(new FieldError(name, name, "不能以临时（transient）变量提交：对案件的修改都记入全过程记录"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException("修改流程", errors);
        }
    }
}
