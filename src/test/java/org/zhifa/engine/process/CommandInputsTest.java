package org.zhifa.engine.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/** The engine keeps what a client sent in its commands' fields: this fails the build if a new engine renames one. */
class CommandInputsTest {

    @Test
    void taskSubmissionsAreReadFromEveryCommandThatCompletesATask() {
        Map<String, Object> values = Map.of("legalDecision", "approve");
        assertThat(CommandInputs.submission(new CompleteTaskCmd("t1", values)).variables()).isEqualTo(values);
        assertThat(CommandInputs.submission(new ResolveTaskCmd("t2", values)).taskId()).isEqualTo("t2");
        assertThat(((TypedValue) CommandInputs.submission(new SubmitTaskFormCmd("t3", values, false, false))
                .variables().get("legalDecision")).getValue()).isEqualTo("approve");
    }

    @Test
    void everyRefusedCommandNamesACommandOfThisEngine() {
        // a renamed command would no longer be refused: fail the build instead
        List<String> packages = List.of("cmd", "batch", "cmd.batch", "cmd.batch.variables", "migration.batch",
                "cmd.batch.removaltime");
        for (String name : CommandInputs.REFUSED) {
            assertThat(packages.stream().map(p -> "org.camunda.bpm.engine.impl." + p + "." + name)
                    .filter(CommandInputsTest::isCommand)).as(name).hasSize(1);
        }
        assertThat(CommandInputs.REFUSED).contains(HandleTaskBpmnErrorCmd.class.getSimpleName());
    }

    private static boolean isCommand(String className) {
        try {
            return Command.class.isAssignableFrom(Class.forName(className));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void startsAreReadFromTheirCommands() {
        var start = CommandInputs.start(new SubmitStartFormCmd("pd:1", "ZF-1", Variables.putValue("caseKind", "penalty")));
        assertThat(start.definitionId()).isEqualTo("pd:1");
        assertThat(((TypedValue) start.variables().get("caseKind")).getValue()).isEqualTo("penalty");
        var transientValue = CommandInputs.submission(new CompleteTaskCmd("t5",
                Variables.putValueTyped("nextStep", Variables.stringValue("evidence", true))));
        assertThat(((TypedValue) transientValue.variables().get("nextStep")).isTransient()).isTrue();
    }
}
