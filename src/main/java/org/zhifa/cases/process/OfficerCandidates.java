package org.zhifa.cases.process;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.zhifa.identity.Roles;

/**
 * Once a case has its officers, its handlers' steps are offered to them alone, not to every handler of the agency:
 * nobody else sees the step, its values or its form (RM11.2, RM22). The step's candidates are decided when the
 * engine creates the task (a candidate the engine has granted the task to in the same command cannot be taken off
 * again), so the model's {@code handler} candidate group is replaced by two server-side candidate expressions: the
 * handler group while the case has no officers, the officers once it has.
 */
final class OfficerCandidates {

    private OfficerCandidates() {
    }

    /** Replaces the task's {@code handler} candidate group with the case's officers once it has them. */
    static void install(TaskDefinition task, CaseParticipants participants) {
        Expression handlers = task.getCandidateGroupIdExpressions().stream()
                .filter(e -> Roles.HANDLER.equals(e.getExpressionText())).findFirst().orElse(null);
        if (handlers == null) {
            return;
        }
        task.getCandidateGroupIdExpressions().remove(handlers);
        task.addCandidateGroupIdExpression(new Candidates(Roles.HANDLER,
                officers -> officers.isEmpty() ? List.of(Roles.HANDLER) : List.of(), participants));
        task.addCandidateUserIdExpression(new Candidates("officers", officers -> List.copyOf(officers), participants));
    }

    private interface Choice {
        List<String> of(Set<String> officers);
    }

    /** A candidate expression the server evaluates from the case's record; its text is what the model said. */
    private record Candidates(String text, Choice choice, CaseParticipants participants) implements Expression {

        @Override
        public Object getValue(VariableScope scope) {
            Set<String> officers = scope instanceof DelegateExecution execution
                    ? participants.officers(participants.recorded(execution.getProcessBusinessKey())) : Set.of();
            return choice.of(officers);
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException("candidates are the server's to decide");
        }

        @Override
        public String getExpressionText() {
            return text;
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }
    }
}
