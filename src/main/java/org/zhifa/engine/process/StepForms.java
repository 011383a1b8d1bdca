package org.zhifa.engine.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.engine.FormSchema;

/**
 * The form a step is submitted with, and the values a model lets users change at all: the writable fields of its
 * user tasks' forms. Everything else in a case — what the server derives, and what was fixed when the case was
 * filed — no user may write outside the step that sets it.
 */
final class StepForms {

    private static final Logger LOG = LoggerFactory.getLogger(StepForms.class);
    private static final String WRITABLE = "zhifa.writableOutsideSteps";

    private StepForms() {
    }

    static ProcessDefinitionEntity definition(CommandContext context, String definitionId) {
        return context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definitionId);
    }

    static FormSource source(ActivityImpl activity) {
        Object source = activity == null ? null : activity.getProperty(FormSource.PROPERTY);
        return source instanceof FormSource form ? form : FormSource.NONE;
    }

    static FormSchema ofTask(CommandContext context, TaskEntity task) {
        ActivityImpl activity = definition(context, task.getProcessDefinitionId()).findActivity(task.getTaskDefinitionKey());
        FormSource source = source(activity);
        return source.needsLookup() ? parse(context.runWithoutAuthorization(new GetDeployedTaskFormCmd(task.getId())))
                : source.schema();
    }

    static FormSchema ofStart(CommandContext context, ProcessDefinitionEntity definition) {
        FormSource source = source(definition.getInitial());
        return source.needsLookup() ? parse(context.runWithoutAuthorization(new GetDeployedStartFormCmd(definition.getId())))
                : source.schema();
    }

    /**
     * The forms that describe a step's values, its own first, then the model's other forms (a value the server wrote
     * in one step may be shown, read-only, in a later one): what the record shows its fields as. A model no longer
     * deployed, or a form that cannot be read, describes nothing; reading a record never fails on it.
     */
    static List<FormSchema> describing(CommandContext context, String definitionId, String activityId) {
        ProcessDefinitionEntity definition;
        try {
            definition = definition(context, definitionId);
        } catch (ProcessEngineException e) {
            return List.of();
        }
        List<FormSource> sources = new ArrayList<>();
        if (activityId != null) {
            sources.add(source(definition.findActivity(activityId)));
        }
        sources.add(source(definition.getInitial()));
        sources.addAll(FormParseListener.userTaskForms(definition).values());
        List<FormSchema> forms = new ArrayList<>();
        for (FormSource source : sources) {
            try {
                forms.add(schema(context, source, definition.getDeploymentId()));
            } catch (RuntimeException e) {
                LOG.warn("表单 {}（模型 {}）无法读取，记录中该表单的字段按变量名显示：{}", source.formRef(), definitionId,
                        e.getMessage());
            }
        }
        return forms;
    }

    /** Why the step's form takes no values, if its kind of form is one the server cannot read. */
    static String unsupported(ActivityImpl activity) {
        return source(activity).unsupported();
    }

    /** The names a user may change in a case of this model outside a step: the writable fields of its task forms. */
    static Set<String> writableOutsideSteps(CommandContext context, ProcessDefinitionEntity definition) {
        return writableFields(context, definition).keySet();
    }

    /**
     * The fields a user may change in a case of this model outside a step, each as the first of its task forms that
     * offers it defines it (its type and bounds hold outside the step too). A field whose choices the server puts into
     * its step's task ({@code valuesKey}: the agency's officers, the item's materials) is written only in that step,
     * where those choices are known.
     */
    @SuppressWarnings("unchecked")
    static Map<String, FormSchema.Field> writableFields(CommandContext context, ProcessDefinitionEntity definition) {
        Object cached = definition.getProperty(WRITABLE);
        if (cached != null) {
            return (Map<String, FormSchema.Field>) cached;
        }
        Map<String, FormSchema.Field> fields = new LinkedHashMap<>();
        boolean fixed = true;
        for (FormSource source : FormParseListener.userTaskForms(definition).values()) {
            fixed &= !source.needsLookup();
            schema(context, source, definition.getDeploymentId()).fields().values().stream().filter(field -> field.writable() && field.valuesKey() == null)
                    .forEach(field -> fields.putIfAbsent(field.key(), field));
        }
        Map<String, FormSchema.Field> result = Collections.unmodifiableMap(fields);
        if (fixed) {
            definition.setProperty(WRITABLE, result);
        }
        return result;
    }

    /** The source's form: read at parse time, or looked up in the deployment now. */
    private static FormSchema schema(CommandContext context, FormSource source, String deploymentId) {
        return source.needsLookup() ? lookup(context, source, deploymentId) : source.schema();
    }

    private static FormSchema lookup(CommandContext context, FormSource source, String deploymentId) {
        if (source.formRef().contains("{")) {
            return FormSchema.NONE;
        }
        CamundaFormRefImpl ref = new CamundaFormRefImpl(source.formRef(), source.binding() == null ? "latest" : source.binding());
        if (source.version() != null && source.version().matches("\\d+")) {
            ref.setVersion(Integer.valueOf(source.version()));
        }
        CamundaFormDefinition form = context.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, deploymentId));
        if (form == null) {
            return FormSchema.NONE;
        }
        Command<InputStream> resource = new GetDeploymentResourceCmd(form.getDeploymentId(), form.getResourceName());
        return parse(context.runWithoutAuthorization(resource));
    }

    private static FormSchema parse(InputStream form) {
        try (InputStream in = form) {
            return FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
