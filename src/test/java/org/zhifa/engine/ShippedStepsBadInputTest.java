package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.zhifa.engine.FormSchema.Field;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.testing.BadFormValues;

/**
 * Issue 13, tests: the start and task submission of every step of every shipped model, tried field by field with
 * what its form would never send (the server's first rule for every client, {@link FormValues}); each value is
 * refused naming its field, as are fields the step does not take. The same rule answers through {@code /engine-rest}
 * (StepSubmissionsBadInputIntegrationTest).
 */
class ShippedStepsBadInputTest {

    @Test
    void everyFieldOfEveryStepRefusesWhatItsFormWouldNeverSend() {
        List<BadFormValues.Step> steps = BadFormValues.shippedSteps();
        assertThat(steps).extracting(BadFormValues.Step::model).contains("officer-initiated-case", "application-case",
                "routine-inspection", "result-disclosure", "catalogue-change", "evidence-release",
                "av-interruption-report", "correction-request", "information-request", "annual-statistics");
        Set<String> models = new TreeSet<>();
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (BadFormValues.Step step : steps) {
            List<FieldError> unknown = FormValues.check(step.form(), Map.of("zzUnknown", "x"), name -> null);
            if (unknown.stream().noneMatch(e -> e.field().equals("zzUnknown"))) {
                accepted.add(step.model() + "/" + step.element() + " zzUnknown");
            }
            for (Field field : step.form().fields().values()) {
                if (!field.writable()) {
                    continue;
                }
                for (var bad : BadFormValues.of(field).entrySet()) {
                    tried++;
                    models.add(step.model());
                    Object value = BadFormValues.typed(bad.getValue());
                    List<FieldError> errors = FormValues.check(step.form(), Map.of(field.key(), value), name -> null);
                    if (errors.stream().noneMatch(e -> e.field().equals(field.key()))) {
                        accepted.add(step.model() + "/" + step.element() + " " + field.key() + " " + bad.getKey());
                    }
                }
            }
        }
        assertThat(models).as("models with input fields").hasSizeGreaterThanOrEqualTo(9);
        assertThat(tried).isGreaterThan(1000);
        assertThat(accepted).as("bad values a step took").isEmpty();
    }
}
