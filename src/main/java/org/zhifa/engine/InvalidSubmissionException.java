package org.zhifa.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Submitted step values that break the law's or the form's rules: every field with its reason. It is the engine's
 * own form-validation failure, which its REST API and Tasklist answer with HTTP 400 and the message; nothing of the
 * step is kept.
 */
public class InvalidSubmissionException extends FormFieldValidationException {

    /** One rejected field: the variable name, its label on the form and why. */
    public record FieldError(String field, String label, String reason) {

        @Override
        public String toString() {
            return label + "（" + field + "）：" + reason;
        }
    }

    private final List<FieldError> errors;

    public InvalidSubmissionException(String step, List<FieldError> errors) {
        super(List.copyOf(errors), "“" + step + "”提交的内容有误："
                + String.join("；", errors.stream().map(FieldError::toString).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
