package org.zhifa.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import org.zhifa.engine.process.RecordedStepForms;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A recorded step's values as its form showed them, for people reading the record (a supervisor in Cockpit, a
 * reviewer): each field under its label, a choice under its label (罚款, not {@code fine}), yes/no as 是/否. The labels
 * come from the forms of the model version the step ran in; a value the server wrote, which no form shows, is named by
 * its module ({@link VariableLabels}), and keeps its variable name only if no module names it.
 */
@Component
public class StepDescriptions {

    /** One value of a step: the field's label and the value as shown. */
    public record Described(String name, String label, String value) {
    }

    private final ProcessEngine engine;
    private final Map<String, String> written = new LinkedHashMap<>();

    StepDescriptions(ProcessEngine engine, List<VariableLabels> modules) {
        this.engine = engine;
        modules.forEach(module -> module.labels().forEach(written::putIfAbsent));
    }

    /** The forms of the steps of one model version, each read once: what a whole case's record is shown with. */
    public Describer describer() {
        return new Describer();
    }

    /** Describes the steps of a record, reading each step's forms once. */
    public final class Describer {

        private final Map<String, List<FormSchema>> forms = new LinkedHashMap<>();
        private List<FormSchema> everyModel;
        private final Map<String, Optional<String>> definitions = new LinkedHashMap<>();

        private Describer() {
        }

        /** The values of a step of the model version ({@code key}, {@code version}), in the record's order. */
        public List<Described> describe(String key, int version, String activityId, JsonNode values) {
            List<Described> described = new ArrayList<>();
            if (values == null || !values.isObject()) {
                return described;
            }
            List<FormSchema> schemas = forms(key, version, activityId);
            values.fields().forEachRemaining(value -> {
                String name = value.getKey();
                // a value one model hands another (the decision to its disclosure) is named as its own model's form does
                FormSchema form = schemas.stream().filter(schema -> schema.fields().containsKey(name)).findFirst()
                        .or(() -> everyModel().stream().filter(schema -> schema.fields().containsKey(name)).findFirst())
                        .orElse(FormSchema.NONE);
                FormSchema.Field field = form.fields().get(name);
                String label = field != null ? field.label() : written.getOrDefault(name, name);
                described.add(new Described(name, label, shown(form, name, value.getValue())));
            });
            return described;
        }

        /** The forms of the latest version of every model, read once and only if a value is named in no form of its own. */
        private List<FormSchema> everyModel() {
            if (everyModel == null) {
                everyModel = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                        .flatMap(definition -> RecordedStepForms.of(engine, definition.getId(), null).stream()).toList();
            }
            return everyModel;
        }

        private List<FormSchema> forms(String key, int version, String activityId) {
            Optional<String> definitionId = definitions.computeIfAbsent(key + ":" + version, any -> (
                    engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                            .processDefinitionVersion(version).list().stream().findFirst()
                    .map(ProcessDefinition::getId)));
            if (definitionId.isEmpty() || activityId == null) {
                return List.of();
            }
            return forms.computeIfAbsent(definitionId.get() + "#" + activityId,
                    any -> RecordedStepForms.of(engine, definitionId.get(), activityId));
        }
    }

    private static String shown(FormSchema form, String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "是" : "否";
        }
        if (value.isArray()) {
            return String.join("、", StreamSupport.stream(value.spliterator(), false)
                    .map(item -> shown(form, name, item)).toList());
        }
        if (value.isValueNode()) {
            return form.shown(name, value.asText());
        }
        return value.toString();
    }
}
