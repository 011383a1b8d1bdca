package org.zhifa.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhifa.engine.process.RecordedStepForms;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A recorded step's values as its form showed them, for people reading the record (a supervisor in Cockpit, a
 * reviewer): each field under its label, a choice under its label (罚款, not {@code fine}), yes/no as 是/否. A name is
 * looked up in the forms of the model version the step ran in, then among the names the modules give the values
 * their glue writes ({@link VariableLabels}), then in the forms of the other model versions of the same record (the
 * case's decision, as its disclosure received it); otherwise it keeps its variable name. Labels are read whoever asks
 * (the reader's right to the record was checked before), and reading them never fails a record: a model or form that
 * cannot be read leaves names as they are.
 */
@Component
public class StepDescriptions {

    private static final Logger LOG = LoggerFactory.getLogger(StepDescriptions.class);

    /** One value of a step: its variable name, the field's label and the value as shown. */
    public record Described(String name, String label, String value) {
    }

    private final ProcessEngine engine;
    private final Map<String, String> written = new LinkedHashMap<>();

    StepDescriptions(ProcessEngine engine, List<VariableLabels> modules) {
        this.engine = engine;
        modules.forEach(module -> module.labels().forEach(written::putIfAbsent));
    }

    /**
     * Describes the steps of one record (or of one listing), reading each model version's forms once.
     *
     * @param definitionIds the process definitions the record's steps ran in, in the record's order
     */
    public Describer describer(Collection<String> definitionIds) {
        return new Describer(new LinkedHashSet<>(definitionIds));
    }

    /** Describes the steps of a record, reading each step's forms once. */
    public final class Describer {

        private final Collection<String> related;
        private final Map<String, List<FormSchema>> forms = new LinkedHashMap<>();

        private Describer(Collection<String> related) {
            this.related = related;
        }

        /** The values of a step (as recorded, a JSON object) of the process definition, in the record's order. */
        public List<Described> describe(String definitionId, String activityId, JsonNode values) {
            List<Described> described = new ArrayList<>();
            if (values == null || !values.isObject()) {
                return described;
            }
            values.fields().forEachRemaining(value -> described.add(describe(definitionId, activityId, value.getKey(),
                    value.getValue())));
            return described;
        }

        private Described describe(String definitionId, String activityId, String name, JsonNode value) {
            Optional<FormSchema> own = field(forms(definitionId, activityId), name);
            if (own.isPresent()) {
                return new Described(name, own.get().fields().get(name).label(), shown(own.get(), name, value));
            }
            if (written.containsKey(name)) {
                return new Described(name, written.get(name), shown(FormSchema.NONE, name, value));
            }
            Optional<FormSchema> other = related.stream().filter(id -> !id.equals(definitionId))
                    .map(id -> field(forms(id, null), name)).flatMap(Optional::stream).findFirst();
            return other.map(form -> new Described(name, form.fields().get(name).label(), shown(form, name, value)))
                    .orElseGet(() -> new Described(name, name, shown(FormSchema.NONE, name, value)));
        }

        private List<FormSchema> forms(String definitionId, String activityId) {
            if (definitionId == null) {
                return List.of();
            }
            return forms.computeIfAbsent(definitionId + "#" + activityId, any -> {
                try {
                    return RecordedStepForms.of(engine, definitionId, activityId);
                } catch (RuntimeException e) {
                    LOG.warn("模型 {} 的表单无法读取，记录中的字段按变量名显示：{}", definitionId, e.getMessage());
                    return List.of();
                }
            });
        }
    }

    private static Optional<FormSchema> field(List<FormSchema> forms, String name) {
        return forms.stream().filter(schema -> schema.fields().containsKey(name)).findFirst();
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
