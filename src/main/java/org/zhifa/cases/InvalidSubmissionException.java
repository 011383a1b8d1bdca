package org.zhifa.cases;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Submitted step values that break the law's or the form's rules: every field with its reason. The engine's REST API
 * answers it with HTTP 400; nothing of the step is kept.
 */
public class InvalidSubmissionException extends BadUserRequestException {

    /** One rejected field: the variable name, its label on the form and why. */
    public record FieldError(String field, String label, String reason) {

        @Override
        public String toString() {
            return label + "（" + field + "）：" + reason;
        }
    }

    private final List<FieldError> errors;

    public InvalidSubmissionException(String step, List<FieldError> errors) {
        super("“" + step + "”提交的内容有误：" + String.join("；", errors.stream().map(FieldError::toString).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
