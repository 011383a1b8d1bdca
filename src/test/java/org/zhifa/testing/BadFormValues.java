package org.zhifa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.zhifa.engine.FormSchema;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Values no step's form would send, field by field, by the field's type (issue 13: types are the form's types,
 * text bounded and clean, dates plausible, choices the form's), as Camunda REST variables; and the steps of the
 * shipped models with their forms, for tests that try them on every step.
 */
public final class BadFormValues {

    /** A step of a shipped model that takes a form. */
    public record Step(String model, String element, boolean start, String formId, FormSchema form) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private BadFormValues() {
    }

    /** Each bad value for the field, by what is wrong with it, as a REST variable {@code {"value", "type"}}. */
    public static Map<String, Map<String, Object>> of(FormSchema.Field field) {
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        switch (field.type() == null ? "" : field.type()) {
            case "textfield", "textarea" -> {
                int max = FormSchema.maxLength(field);
                bad.put("数字代替文字", variable(123, "Integer"));
                bad.put("是否代替文字", variable(true, "Boolean"));
                bad.put("超过 " + max + " 字", variable("长".repeat(max + 1), "String"));
                bad.put("含 NUL", variable("王\u0000某", "String"));
                bad.put("含文字方向控制字符", variable("王\u202e某", "String"));
                bad.put("含转义字符", variable("王\u001b[31m某", "String"));
                bad.put("JSON 代替文字", variable("not json", "Json"));
                bad.put("XML 代替文字", variable("<a>王某</a>", "Xml"));
                if ("textfield".equals(field.type())) {
                    bad.put("单行中换行", variable("第一行\n第二行", "String"));
                }
            }
            case "number" -> {
                bad.put("文字代替数字", variable("很多", "String"));
                bad.put("是否代替数字", variable(true, "Boolean"));
                bad.put("数值过大", variable(1e16, "Double"));
                bad.put("数字文字过长", variable("0".repeat(5000) + "1.5", "String"));
                bad.put("不是有限的数", variable("NaN", "Double"));
            }
            case "checkbox" -> {
                bad.put("文字代替是否", variable("yes", "String"));
                bad.put("数字代替是否", variable(1, "Integer"));
            }
            case "radio", "select" -> {
                bad.put("数字代替选项", variable(1, "Integer"));
                bad.put("控制字符代替选项", variable("\u000b", "String"));
                bad.put("JSON 代替选项", variable("\"x\"", "Json"));
                if (field.values() != null) {
                    bad.put("不是可选的值", variable("zzNotAChoice", "String"));
                }
            }
            case "checklist", "taglist" -> {
                bad.put("不是列表", variable("{\"a\": 1}", "Json"));
                if (field.values() != null) {
                    bad.put("不是可选的值", variable("[\"zzNotAChoice\"]", "Json"));
                }
            }
            case "datetime" -> {
                bad.put("不存在的日期", variable("2026-02-30", "String"));
                bad.put("公元 1 年", variable("0001-01-01", "String"));
                bad.put("千年之后", variable("3026-01-01", "String"));
                bad.put("日期后有多余字符", variable("2026-03-01x", "String"));
                bad.put("是否代替日期", variable(true, "Boolean"));
            }
            default -> {
            }
        }
        return bad;
    }

    /** A bad value as the engine receives it from REST: a typed value of the type the request names. */
    public static org.camunda.bpm.engine.variable.value.TypedValue typed(Map<String, Object> variable) {
        Object value = variable.get("value");
        return switch ((String) variable.get("type")) {
            case "String" -> org.camunda.bpm.engine.variable.Variables.stringValue((String) value);
            case "Integer" -> org.camunda.bpm.engine.variable.Variables.integerValue((Integer) value);
            case "Boolean" -> org.camunda.bpm.engine.variable.Variables.booleanValue((Boolean) value);
            case "Double" -> org.camunda.bpm.engine.variable.Variables.doubleValue(value instanceof String text
                    ? Double.valueOf(text) : ((Number) value).doubleValue());
            case "Json" -> org.camunda.spin.plugin.variable.SpinValues.jsonValue((String) value).create();
            case "Xml" -> org.camunda.spin.plugin.variable.SpinValues.xmlValue((String) value).create();
            default -> throw new IllegalArgumentException(String.valueOf(variable.get("type")));
        };
    }

    private static Map<String, Object> variable(Object value, String type) {
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("value", value);
        variable.put("type", type);
        return variable;
    }

    /** Every start event and user task of the models in {@code bpmn/} with a form of {@code forms/}. */
    public static List<Step> shippedSteps() {
        Map<String, FormSchema> forms = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        try (Stream<Path> formFiles = Files.list(Path.of("forms")); Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path file : formFiles.filter(f -> f.toString().endsWith(".form")).toList()) {
                String text = Files.readString(file);
                forms.put(JSON.readTree(text).path("id").asText(), FormSchema.parse(text));
            }
            for (Path file : models.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator()
                        .next().getId();
                for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                    add(steps, forms, key, start.getId(), true, start.getCamundaFormRef());
                }
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    add(steps, forms, key, task.getId(), false, task.getCamundaFormRef());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return steps;
    }

    private static void add(List<Step> steps, Map<String, FormSchema> forms, String model, String element,
            boolean start, String formRef) {
        if (formRef != null && forms.containsKey(formRef)) {
            steps.add(new Step(model, element, start, formRef, forms.get(formRef)));
        }
    }
}
