package org.zhifa.engine.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.zhifa.engine.FormSchema;
import org.zhifa.engine.FormSchema.Field;

/**
 * Finds the form of every user task and start event of every model as it is parsed, and keeps it with the step
 * ({@link FormSource#PROPERTY}): Camunda Forms of the same deployment ({@code formRefBinding="deployment"} or a
 * {@code camunda-forms:deployment:} key) are read at once, other bindings when the step is submitted; generated forms
 * ({@code camunda:formData}) from the model itself.
 */
final class FormParseListener extends AbstractBpmnParseListener {

    static final String USER_TASK_FORMS = "zhifa.userTaskForms";

    private static final String CAMUNDA_FORMS = "camunda-forms:deployment:";

    /** Forms of a deployment by id, read once per parse of a model file. */
    private final Map<String, Map<String, FormSchema>> formsByDeployment = new ConcurrentHashMap<>();

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        if (definition.getProperty(USER_TASK_FORMS) == null) {
            definition.setProperty(USER_TASK_FORMS, new LinkedHashMap<String, FormSource>());
        }
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        FormSource source = source(element, activity);
        activity.setProperty(FormSource.PROPERTY, source);
        userTaskForms((ProcessDefinitionEntity) activity.getProcessDefinition()).put(activity.getId(), source);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        activity.setProperty(FormSource.PROPERTY, source(element, activity));
    }

    @Override
    public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
        definitions.forEach(definition -> formsByDeployment.remove(definition.getDeploymentId()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, FormSource> userTaskForms(ProcessDefinitionEntity definition) {
        Object forms = definition.getProperty(USER_TASK_FORMS);
        if (forms == null) {
            forms = new LinkedHashMap<String, FormSource>();
            definition.setProperty(USER_TASK_FORMS, forms);
        }
        return (Map<String, FormSource>) forms;
    }

    private FormSource source(Element element, ActivityImpl activity) {
        String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        String formKey = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formKey");
        String deploymentId = activity.getProcessDefinition().getDeploymentId();
        if (formRef != null) {
            String binding = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding");
            String version = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefVersion");
            if ("deployment".equals(binding) && !formRef.contains("{")) {
                FormSchema schema = forms(deploymentId).get(formRef);
                return schema == null ? FormSource.lookup(formRef, binding, version) : FormSource.known(schema);
            }
            return FormSource.lookup(formRef, binding, version);
        }
        if (formKey != null) {
            if (formKey.startsWith(CAMUNDA_FORMS) && !formKey.contains("{")) {
                ResourceEntity resource = deployment(deploymentId).getResource(formKey.substring(CAMUNDA_FORMS.length()));
                if (resource != null) {
                    return FormSource.known(FormSchema.parse(new String(resource.getBytes(), StandardCharsets.UTF_8)));
                }
            }
            return FormSource.unsupported(formKey);
        }
        Element extensions = element.element("extensionElements");
        Element formData = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formData");
        return formData == null ? FormSource.NONE : FormSource.known(generated(formData));
    }

    private Map<String, FormSchema> forms(String deploymentId) {
        return formsByDeployment.computeIfAbsent(deploymentId, id -> {
            Map<String, FormSchema> forms = new LinkedHashMap<>();
            deployment(id).getResources().values().stream().filter(r -> r.getName().endsWith(".form")).forEach(r -> {
                String json = new String(r.getBytes(), StandardCharsets.UTF_8);
                try {
                    String formId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("id").asText();
                    forms.put(formId, FormSchema.parse(json));
                } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                    // not a form: the task then looks its form up when it is submitted, and fails there by name
                }
            });
            return forms;
        });
    }

    private static DeploymentEntity deployment(String deploymentId) {
        return Context.getCommandContext().getDeploymentManager().findDeploymentById(deploymentId);
    }

    /** A generated task form: {@code camunda:formField} elements with their type and constraints. */
    private static FormSchema generated(Element formData) {
        List<Field> fields = new ArrayList<>();
        for (Element field : formData.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formField")) {
            Map<String, String> constraints = new LinkedHashMap<>();
            Element validation = field.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "validation");
            if (validation != null) {
                for (Element constraint : validation.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "constraint")) {
                    constraints.put(constraint.attribute("name"), constraint.attribute("config"));
                }
            }
            Set<String> values = null;
            String type = field.attribute("type", "string");
            if ("enum".equals(type)) {
                values = new LinkedHashSet<>();
                for (Element value : field.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "value")) {
                    values.add(value.attribute("id"));
                }
            }
            fields.add(new Field(field.attribute("id"), switch (type) {
                case "string" -> "textfield";
                case "long" -> "number";
                case "boolean" -> "checkbox";
                case "enum" -> "select";
                default -> type;
            }, field.attribute("label"), constraints.containsKey("required"), false, constraints.containsKey("readonly"),
                    values, null, integer(constraints.get("minlength")), integer(constraints.get("maxlength")),
                    number(constraints.get("min")), number(constraints.get("max")), null, null, "long".equals(type) ? 0 : null));
        }
        return FormSchema.of(fields);
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String text) {
        try {
            return text == null ? null : Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
