package org.zhifa.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifa.engine.FormSchema;
import org.zhifa.engine.FormValues;
import org.zhifa.engine.StartFormChoices;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 14, point 4: every select, radio, checklist and taglist of every form in {@code forms/} offers exactly what
 * the server accepts. Static options equal the choices the step's rule checks the field against (every branch of the
 * rule is explored, one choice or tick box at a time), and a field no rule checks is held to its options by the form
 * check every submission passes ({@link FormValues}); options that depend on the case come from a variable the step's
 * preparation sets on its task, or, on a start form, from choices the server keeps ({@link StartFormChoices}).
 */
@ZhifaIntegrationTest
class FormChoicesIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CHOICE_TYPES = Set.of("select", "radio", "checklist", "taglist");

    /** What the server has set in every case before the steps that read it: the last days of its periods. */
    private static final Map<String, Object> DERIVED = Map.of("hearingWindowLastDay", "2026-03-09",
            "paymentLastDay", "2026-04-01", "decisionLastDay", "2026-03-30");

    @Autowired
    CaseSteps steps;
    @Autowired
    List<StartFormChoices> startChoices;

    record Step(String process, String id, boolean start, Path form) {
    }

    record Choice(String key, String type, Set<String> values, String valuesKey) {
    }

    @Test
    void everyChoiceOfEveryFormIsWhatItsStepAccepts() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> startKeys = new HashSet<>(startChoices.stream().map(StartFormChoices::valuesKey).toList());
        List<Step> forms = steps();
        assertThat(forms).as("steps with Camunda Forms").hasSizeGreaterThan(50);
        int checkedAgainstRules = 0;
        int checkedByForm = 0;
        for (Step step : forms) {
            List<Choice> choices = choices(step.form());
            FormSchema schema = FormSchema.parse(Files.readString(step.form()));
            Set<String> boxes = new HashSet<>(schema.fields().values().stream()
                    .filter(field -> "checkbox".equals(field.type())).map(FormSchema.Field::key).toList());
            Map<String, Set<String>> accepted = steps.rule(step.process(), step.id())
                    .map(rule -> explore(step, rule, boxes, problems)).orElse(Map.of());
            Set<String> prepared = prepared(step);
            String where = step.form().getFileName() + " (" + step.process() + "/" + step.id() + ")";
            for (Choice choice : choices) {
                if (choice.values() != null && choice.valuesKey() != null) {
                    problems.add(where + " " + choice.key() + ": both static values and valuesKey");
                } else if (choice.values() != null) {
                    Set<String> rule = accepted.get(choice.key());
                    if (rule != null) {
                        checkedAgainstRules++;
                        if (!rule.equals(choice.values())) {
                            problems.add(where + " " + choice.key() + ": form offers " + choice.values()
                                    + ", the rule accepts " + rule);
                        }
                    } else {
                        checkedByForm++;
                        problems.addAll(heldToOptions(where, schema.fields().get(choice.key()), choice));
                    }
                } else if (choice.valuesKey() != null) {
                    boolean offered = step.start() ? startKeys.contains(choice.valuesKey())
                            : prepared.contains(choice.valuesKey());
                    if (!offered) {
                        problems.add(where + " " + choice.key() + ": valuesKey " + choice.valuesKey()
                                + " is set by nothing the server does for this step");
                    }
                } else {
                    problems.add(where + " " + choice.key() + ": a " + choice.type() + " without options");
                }
            }
            Set<String> keys = new HashSet<>(choices.stream().map(Choice::key).toList());
            accepted.keySet().stream().filter(key -> !keys.contains(key)).forEach(key -> problems.add(where + " "
                    + key + ": the rule takes one of " + accepted.get(key) + " but the form offers no choices"));
        }
        assertThat(problems).isEmpty();
        assertThat(checkedAgainstRules).as("static choices compared with their rules").isGreaterThan(30);
        assertThat(checkedByForm).as("static choices only the form check holds").isPositive();
    }

    /** A field no rule checks takes each of its options and nothing else, by the form check alone. */
    private static List<String> heldToOptions(String where, FormSchema.Field field, Choice choice) {
        List<String> problems = new ArrayList<>();
        boolean list = "checklist".equals(choice.type()) || "taglist".equals(choice.type());
        for (String value : choice.values()) {
            Object submitted = list ? List.of(value) : value;
            if (FormValues.problem(field, submitted) != null) {
                problems.add(where + " " + choice.key() + ": the form check refuses its own option " + value);
            }
        }
        Object other = list ? List.of("zz-not-offered") : "zz-not-offered";
        if (FormValues.problem(field, other) == null) {
            problems.add(where + " " + choice.key() + ": nothing holds it to its options");
        }
        return problems;
    }

    /** Every user task and start event with a Camunda Form, in every model of {@code bpmn/}. */
    private static List<Step> steps() throws IOException {
        List<Step> found = new ArrayList<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
                for (Process process : instance.getModelElementsByType(Process.class)) {
                    for (FlowElement element : process.getFlowElements()) {
                        String ref = element instanceof UserTask task ? task.getCamundaFormRef()
                                : element instanceof StartEvent start ? start.getCamundaFormRef() : null;
                        if (ref != null) {
                            found.add(new Step(process.getId(), element.getId(), element instanceof StartEvent,
                                    Path.of("forms", ref + ".form")));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<Choice> choices(Path form) throws IOException {
        List<Choice> choices = new ArrayList<>();
        collect(JSON.readTree(form.toFile()).path("components"), choices);
        return choices;
    }

    private static void collect(JsonNode components, List<Choice> choices) {
        for (JsonNode component : components) {
            collect(component.path("components"), choices);
            if (CHOICE_TYPES.contains(component.path("type").asText())) {
                Set<String> values = null;
                if (component.path("values").isArray()) {
                    values = new LinkedHashSet<>();
                    for (JsonNode value : component.path("values")) {
                        values.add(value.path("value").asText());
                    }
                }
                String valuesKey = component.hasNonNull("valuesKey") ? component.get("valuesKey").asText() : null;
                choices.add(new Choice(component.path("key").asText(), component.path("type").asText(), values,
                        valuesKey));
            }
        }
    }

    /**
     * What the rule checks each choice against, over every branch: it runs on empty values, then again with each
     * choice it checked set to each of its values and each tick box it read ticked and not, until no new combination
     * comes up. A rule may fail only once its checks have passed (it goes on to issue a document or read the case,
     * which needs a real case); failing while it still has refusals to give is a problem.
     */
    private Map<String, Set<String>> explore(Step step, StepRule rule, Set<String> boxes, List<String> problems) {
        Map<String, Set<String>> accepted = new HashMap<>();
        Deque<Map<String, Object>> queue = new ArrayDeque<>(List.of(Map.of()));
        Set<Map<String, Object>> seen = new HashSet<>();
        while (!queue.isEmpty() && seen.size() < 10000) {
            Map<String, Object> values = queue.poll();
            if (!seen.add(values)) {
                continue;
            }
            Set<String> read = new HashSet<>();
            Map<String, Object> variables = new HashMap<>(DERIVED);
            variables.putAll(values);
            Submission submission = new Submission(task(variables, new HashSet<>(), read), step.id(),
                    ZoneId.of("Asia/Shanghai"));
            try {
                rule.apply(submission);
            } catch (RuntimeException e) {
                if (!submission.valid()) {
                    problems.add(step.process() + "/" + step.id() + " with " + values + ": the rule failed before "
                            + "its checks were done: " + e);
                }
            }
            submission.choices().forEach((field, allowed) -> {
                accepted.computeIfAbsent(field, f -> new LinkedHashSet<>()).addAll(allowed);
                if (!values.containsKey(field)) {
                    for (String value : allowed) {
                        queue.add(with(values, field, value));
                    }
                }
            });
            // an unticked box reads as one left out: only ticking it opens a branch
            read.stream().filter(boxes::contains).filter(box -> !values.containsKey(box))
                    .forEach(box -> queue.add(with(values, box, true)));
        }
        assertThat(queue).as(step.process() + "/" + step.id() + ": every branch explored").isEmpty();
        return accepted;
    }

    private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
        Map<String, Object> next = new HashMap<>(values);
        next.put(name, value);
        return Map.copyOf(next);
    }

    /** The task variables the step's preparation sets when its task is created. */
    private Set<String> prepared(Step step) {
        Set<String> names = new HashSet<>();
        steps.preparation(step.process(), step.id()).ifPresent(preparation -> preparation.accept(task(new HashMap<>(),
                names, new HashSet<>())));
        return names;
    }

    /** A task of a case that has only the given values, noting the names of the variables set on it and read. */
    private static DelegateTask task(Map<String, Object> variables, Set<String> set, Set<String> read) {
        DelegateExecution execution = (DelegateExecution) Proxy.newProxyInstance(FormChoicesIntegrationTest.class
                .getClassLoader(), new Class<?>[] { DelegateExecution.class }, (proxy, method, args) -> switch (method
                        .getName()) {
                case "getProcessBusinessKey" -> "ZF-FORMS-1";
                case "getProcessInstanceId", "getId" -> "forms-1";
                case "getVariable" -> {
                    read.add((String) args[0]);
                    yield variables.get((String) args[0]);
                }
                default -> defaultOf(method.getReturnType());
                });
        return (DelegateTask) Proxy.newProxyInstance(FormChoicesIntegrationTest.class.getClassLoader(),
                new Class<?>[] { DelegateTask.class }, (proxy, method, args) -> switch (method.getName()) {
                case "getVariable", "getVariableLocal" -> {
                    read.add((String) args[0]);
                    yield variables.get((String) args[0]);
                }
                case "getVariables", "getVariablesLocal" -> variables;
                case "setVariable", "setVariableLocal" -> {
                    set.add((String) args[0]);
                    variables.put((String) args[0], args[1]);
                    yield null;
                }
                case "getExecution" -> execution;
                case "getProcessInstanceId" -> "forms-1";
                case "getCreateTime" -> new Date();
                default -> defaultOf(method.getReturnType());
                });
    }

    private static Object defaultOf(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        }
        return null;
    }
}
