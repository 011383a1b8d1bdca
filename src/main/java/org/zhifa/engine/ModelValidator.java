package org.zhifa.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the models folder before anything is deployed, so that a bad file is reported by name and line and
 * nothing already deployed changes: XML that does not read, a process without {@code historyTimeToLive}, a form that
 * is not form-js JSON, two forms with one id, a task whose {@code formRef} names no form of the folder.
 */
final class ModelValidator {

    private static final Pattern SCHEMA_ERROR = Pattern.compile("Line=(\\d+): (.*)", Pattern.DOTALL);

    private final ObjectMapper json = new ObjectMapper();

    void validate(List<ModelFile> files) {
        Map<String, String> formIds = new HashMap<>();
        for (ModelFile file : files) {
            if (file.isForm()) {
                String id = formId(file);
                String other = formIds.putIfAbsent(id, file.name());
                if (other != null) {
                    throw new ModelDeploymentException(file.name(), "表单 id “" + id + "”与 " + other + " 重复", null);
                }
            }
        }
        for (ModelFile file : files) {
            if (file.isBpmn()) {
                checkBpmn(file, formIds);
            }
        }
    }

    private String formId(ModelFile file) {
        JsonNode form;
        try {
            form = json.readTree(file.content());
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new ModelDeploymentException(file.name(), "第 " + location.getLineNr() + " 行第 " + location.getColumnNr()
                    + " 列不是有效的 JSON：" + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelDeploymentException(file.name(), "无法读取：" + e.getMessage(), e);
        }
        if (form == null || !form.isObject()) {
            throw new ModelDeploymentException(file.name(), "不是 Camunda 表单（应为 JSON 对象）", null);
        }
        JsonNode id = form.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new ModelDeploymentException(file.name(), "缺少表单 id（\"id\" 字段）", null);
        }
        JsonNode components = form.get("components");
        if (components == null || !components.isArray()) {
            throw new ModelDeploymentException(file.name(), "缺少表单字段列表（\"components\" 数组）", null);
        }
        return id.asText();
    }

    private void checkBpmn(ModelFile file, Map<String, String> formIds) {
        checkWellFormed(file);
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (RuntimeException e) {
            throw new ModelDeploymentException(file.name(), xmlProblem(e), e);
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
                throw new ModelDeploymentException(file.name(),
                        "流程 " + process.getId() + " 缺少 camunda:historyTimeToLive（历史数据保存期限）", null);
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkFormRef(file, task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), formIds);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            checkFormRef(file, start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), formIds);
        }
    }

    private void checkFormRef(ModelFile file, BaseElement element, String formRef, String binding,
            Map<String, String> formIds) {
        boolean deployedHere = binding == null || "deployment".equals(binding) || "latest".equals(binding);
        if (formRef != null && !formRef.contains("${") && deployedHere && !formIds.containsKey(formRef)) {
            throw new ModelDeploymentException(file.name(),
                    "元素 " + element.getId() + " 引用的表单 “" + formRef + "” 不在 forms/ 目录中", null);
        }
    }

    /** Plain XML first: its errors carry line and column, which the model API's do not always pass on. */
    private static void checkWellFormed(ModelFile file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            builder.parse(new ByteArrayInputStream(file.content()));
        } catch (SAXParseException e) {
            throw new ModelDeploymentException(file.name(),
                    "第 " + e.getLineNumber() + " 行第 " + e.getColumnNumber() + " 列：" + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ModelDeploymentException(file.name(), "不是有效的 XML：" + e.getMessage(), e);
        }
    }

    private static String xmlProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return "第 " + sax.getLineNumber() + " 行第 " + sax.getColumnNumber() + " 列：" + sax.getMessage();
            }
            if (cause instanceof SAXException sax) {
                // the model API reports schema errors as "Error: URI=null Line=12: cvc-..."
                Matcher line = SCHEMA_ERROR.matcher(String.valueOf(sax.getMessage()));
                return line.find() ? "第 " + line.group(1) + " 行：" + line.group(2) : sax.getMessage();
            }
        }
        return e.getMessage();
    }
}
