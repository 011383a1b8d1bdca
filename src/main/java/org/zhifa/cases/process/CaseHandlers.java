package org.zhifa.cases.process;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Who has handled a case: the officers assigned to it and everyone who completed a handler's step. Kept in the case
 * variable {@value #VARIABLE} as {@code ,zhangsan,lisi,} so that Cockpit shows it plainly.
 */
final class CaseHandlers {

    static final String VARIABLE = "caseHandlers";

    private CaseHandlers() {
    }

    static void add(Submission submission, String userId) {
        String current = (String) submission.get(VARIABLE);
        if (!contains(current, userId)) {
            submission.set(VARIABLE, (current == null ? "," : current) + userId + ",");
        }
    }

    static void add(VariableScope scope, String userId) {
        String current = (String) scope.getVariable(VARIABLE);
        if (userId != null && !contains(current, userId)) {
            scope.setVariable(VARIABLE, (current == null ? "," : current) + userId + ",");
        }
    }

    static boolean handled(VariableScope scope, String userId) {
        return contains((String) scope.getVariable(VARIABLE), userId);
    }

    static List<String> of(VariableScope scope) {
        String current = (String) scope.getVariable(VARIABLE);
        return current == null ? List.of() : Arrays.stream(current.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean contains(String current, String userId) {
        return current != null && userId != null && current.contains("," + userId + ",");
    }
}
