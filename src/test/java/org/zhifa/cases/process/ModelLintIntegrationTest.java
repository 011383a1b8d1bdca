package org.zhifa.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.modulith.NamedInterface;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shipped models and the code that serves them agree: every model has one names class; every service task and
 * listener calls a delegate in the {@code process} package of the module that owns the model (never a bean method
 * with {@code execution}, never a class); every step rule names a user task of its model; and every choice a step's
 * form offers is accepted by the step's rule, while a value the form does not offer is refused.
 */
@ZhifaIntegrationTest
class ModelLintIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How {@link Submission} says a value is not one of a field's choices. */
    private static final String NOT_A_CHOICE = "不是可选的值";

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseSteps steps;

    @Test
    void everyModelHasOneNamesClassAndCallsOnlyDelegatesOfItsOwnModule() throws Exception {
        Map<String, String> owners = owners();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, BpmnModelInstance> model : models().entrySet()) {
            String key = model.getKey();
            String owner = owners.get(key);
            if (owner == null) {
                problems.add(key + ": no names class (a *Process class with @NamedInterface(\"names\") and KEY)");
                continue;
            }
            BpmnModelInstance bpmn = model.getValue();
            for (ServiceTask task : bpmn.getModelElementsByType(ServiceTask.class)) {
                check(key, owner, task.getId(), task.getCamundaClass(), task.getCamundaExpression(),
                        task.getCamundaDelegateExpression(), problems);
            }
            for (CamundaExecutionListener listener : bpmn.getModelElementsByType(CamundaExecutionListener.class)) {
                check(key, owner, where(listener), listener.getCamundaClass(), listener.getCamundaExpression(),
                        listener.getCamundaDelegateExpression(), problems);
            }
            for (CamundaTaskListener listener : bpmn.getModelElementsByType(CamundaTaskListener.class)) {
                check(key, owner, where(listener), listener.getCamundaClass(), listener.getCamundaExpression(),
                        listener.getCamundaDelegateExpression(), problems);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(owners).containsKeys(models().keySet().toArray(String[]::new));
    }

    @Test
    void everyStepRuleNamesAUserTaskOrStartFormOfItsModel() throws Exception {
        Map<String, BpmnModelInstance> models = models();
        List<String> problems = new ArrayList<>();
        steps.steps().forEach((process, tasks) -> {
            BpmnModelInstance model = models.get(process);
            if (model == null) {
                problems.add(process + ": rules for a model that is not shipped");
                return;
            }
            for (String task : tasks) {
                Object element = model.getModelElementById(task);
                if (!(element instanceof UserTask) && !(element instanceof StartEvent)) {
                    problems.add(process + "#" + task + ": rule for a user task or start event the model does not have");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyChoiceAFormOffersIsAcceptedByItsRuleAndNoOtherValue() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, BpmnModelInstance> model : models().entrySet()) {
            Map<String, String> forms = new java.util.LinkedHashMap<>();
            model.getValue().getModelElementsByType(UserTask.class).stream().filter(t -> t.getCamundaFormRef() != null)
                    .forEach(t -> forms.put(t.getId(), t.getCamundaFormRef()));
            model.getValue().getModelElementsByType(StartEvent.class).stream()
                    .filter(e -> e.getCamundaFormRef() != null).forEach(e -> forms.put(e.getId(), e.getCamundaFormRef()));
            for (Map.Entry<String, String> form : forms.entrySet()) {
                var rule = steps.rule(model.getKey(), form.getKey());
                if (rule.isEmpty()) {
                    continue;
                }
                String id = form.getKey();
                for (Map.Entry<String, List<String>> field : choices(form.getValue()).entrySet()) {
                    String where = model.getKey() + "#" + id + " " + field.getKey();
                    if (!refused(rule.get(), id, field.getKey(), "not-an-option")) {
                        continue; // the rule does not check this field on its own (it depends on other answers)
                    }
                    checked++;
                    for (String option : field.getValue()) {
                        if (refused(rule.get(), id, field.getKey(), option)) {
                            problems.add(where + ": the form offers “" + option + "”, the rule refuses it");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("choice fields checked against their rules").isGreaterThanOrEqualTo(10);
    }

    /**
     * Whether the rule refuses {@code value} as not one of the field's choices (every other variable absent); a
     * refusal because of other answers is not a refusal of the option.
     */
    private static boolean refused(StepRule rule, String step, String field, String value) {
        Map<String, Object> variables = new HashMap<>(Map.of(field, value));
        Submission submission = new Submission(scope(variables), step, ZoneId.of("Asia/Shanghai"));
        try {
            rule.apply(submission);
            submission.check();
            return false;
        } catch (InvalidSubmissionException e) {
            return e.errors().stream().anyMatch(error -> error.field().equals(field)
                    && error.reason().contains(NOT_A_CHOICE));
        } catch (RuntimeException e) {
            return false; // the rule needs more than this one value to judge it
        }
    }

    private static VariableScope scope(Map<String, Object> variables) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
                new Class<?>[] { VariableScope.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable", "getVariableLocal" -> variables.get((String) args[0]);
                    case "hasVariable", "hasVariableLocal" -> variables.containsKey((String) args[0]);
                    case "setVariable", "setVariableLocal" -> variables.put((String) args[0], args[1]);
                    case "getVariables", "getVariablesLocal" -> new HashMap<>(variables);
                    case "toString" -> "scope" + variables;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> method.getReturnType() == boolean.class ? false : null;
                });
    }

    /** The static options of the form's select, radio and checklist fields, by key. */
    private static Map<String, List<String>> choices(String formRef) throws Exception {
        Map<String, List<String>> choices = new TreeMap<>();
        collect(JSON.readTree(new File("forms/" + formRef + ".form")), choices);
        return choices;
    }

    private static void collect(JsonNode node, Map<String, List<String>> into) {
        if (node.has("key") && node.has("values") && node.get("values").isArray()
                && Set.of("select", "radio", "checklist").contains(node.path("type").asText())) {
            List<String> values = new ArrayList<>();
            node.get("values").forEach(v -> values.add(v.get("value").asText()));
            into.put(node.get("key").asText(), values);
        }
        node.path("components").forEach(child -> collect(child, into));
    }

    private void check(String model, String owner, String element, String className, String expression,
            String delegateExpression, List<String> problems) {
        String where = model + "#" + element;
        if (className != null) {
            problems.add(where + ": calls class " + className + " (use a delegate bean in " + owner + "/process)");
        }
        if (expression != null) {
            problems.add(where + ": calls " + expression + " (use a delegate bean in " + owner + "/process)");
        }
        if (delegateExpression != null) {
            String bean = delegateExpression.replaceAll("^\\$\\{(.*)}$", "$1");
            Class<?> type = context.containsBean(bean) ? context.getType(bean) : null;
            String expected = "org.zhifa." + owner + ".process";
            if (type == null || !type.getPackageName().equals(expected)) {
                problems.add(where + ": delegate " + bean + " is " + (type == null ? "not a bean"
                        : type.getName()) + ", not a class of " + expected);
            }
        }
    }

    private static String where(org.camunda.bpm.model.xml.instance.ModelElementInstance listener) {
        BaseElement owner = (BaseElement) listener.getParentElement().getParentElement();
        return (owner instanceof Process ? "process " : "") + owner.getId() + " listener";
    }

    /** The module of each model: where its names class lives. */
    private static Map<String, String> owners() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(NamedInterface.class));
        Map<String, String> owners = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents("org.zhifa")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.getSimpleName().endsWith("Process")) {
                continue;
            }
            String key = (String) type.getField("KEY").get(null);
            String previous = owners.put(key, type.getPackageName().split("\\.")[2]);
            assertThat(previous).as("one names class for " + key).isNull();
        }
        return owners;
    }

    private static Map<String, BpmnModelInstance> models() throws Exception {
        Map<String, BpmnModelInstance> models = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                model.getModelElementsByType(Process.class).forEach(p -> models.put(p.getId(), model));
            }
        }
        return models;
    }
}
