package org.zhifa.catalogue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.zhifa.engine.EngineCalls;

/**
 * Procedures and flow charts (PM7.4) from the models in force: the latest deployed version of each process the
 * catalogue lists, so the published chart is always the model the engine runs. What the public gets of a model is
 * its diagram and documentation; the engine's own settings (expressions, groups, forms, listeners) are taken out.
 */
@Service
public class Procedures {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Pattern LAW = Pattern.compile("(PM|RM)(\\d+)(?:\\.(\\d+))?");

    /** A published procedure: the model in force. */
    public record Procedure(String key, String name, String description, int version, Instant deployedAt) {
    }

    /** One step of a procedure, for the text version of the chart. */
    public record Step(String id, String name, String kind, String description, String law, String lawText) {
    }

    private final RepositoryService repository;
    private final CatalogueSettings settings;
    /** A deployed version never changes: what is read of it is kept by process definition id. */
    private final Map<String, Procedure> procedures = new ConcurrentHashMap<>();
    private final Map<String, List<Step>> steps = new ConcurrentHashMap<>();
    private final ProcessEngine engine;

    Procedures(RepositoryService repository, CatalogueSettings settings, ProcessEngine engine) {
        this.repository = repository;
        this.settings = settings;
        this.engine = engine;
    }

    /**
     * Reads the models as the system: what is published does not depend on who asks (a logged-in handler may not
     * read deployments, a disclosure officer not process definitions).
     */
    private <T> T asSystem(java.util.function.Supplier<T> read) {
        return EngineCalls.asServer(engine, () -> {
            return read.get();
        });
    }

    /** The published procedures, in the catalogue's order; a listed key with no deployed model is left out. */
    public List<Procedure> procedures() {
        List<Procedure> procedures = new ArrayList<>();
        settings.procedures().forEach(key -> procedure(key).ifPresent(procedures::add));
        return procedures;
    }

    public Optional<Procedure> procedure(String key) {
        return asSystem(() -> definition(key).map(definition -> procedures.computeIfAbsent(definition.getId(), id -> {
            Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
                    .singleResult();
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            ModelElementInstance process = model.getModelElementById(definition.getKey());
            return new Procedure(definition.getKey(), definition.getName(), documentation(process),
                    definition.getVersion(), deployment.getDeploymentTime().toInstant());
        })));
    }

    /** The named steps of the procedure in the model's order: what the chart shows, as text. */
    public List<Step> steps(String key) {
        return asSystem(() -> {
            ProcessDefinition definition = definition(key).orElseThrow();
            return steps.computeIfAbsent(definition.getId(), id -> {
                BpmnModelInstance model = repository.getBpmnModelInstance(id);
                List<Step> found = new ArrayList<>();
                collect(model.getModelElementById(definition.getKey()), found);
                return List.copyOf(found);
            });
        });
    }

    private void collect(ModelElementInstance scope, List<Step> steps) {
        for (FlowNode node : scope.getChildElementsByType(FlowNode.class)) {
            if (node.getName() != null && !node.getName().isBlank()) {
                String law = law(node);
                steps.add(new Step(node.getId(), node.getName().strip(), kind(node), documentation(node), law,
                        lawText(law)));
            }
            if (node instanceof SubProcess) {
                collect(node, steps);
            }
        }
    }

    /**
     * The model's XML for the diagram, without the engine's settings.
     *
     * @return empty if the key is not a published procedure
     */
    public Optional<String> diagram(String key) {
        return asSystem(() -> definition(key).map(definition -> {
            try (InputStream xml = repository.getProcessModel(definition.getId())) {
                return publicXml(xml.readAllBytes());
            } catch (Exception e) {
                throw new IllegalStateException("流程图 " + key + " 无法读取：" + e.getMessage(), e);
            }
        }));
    }

    private Optional<ProcessDefinition> definition(String key) {
        if (!settings.procedures().contains(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult());
    }

    static String publicXml(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        strip(document.getDocumentElement());
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    /** Removes elements and attributes of the engine's namespace, extension elements and script or condition bodies. */
    private static void strip(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Attr attribute = (Attr) attributes.item(i);
            if (CAMUNDA.equals(attribute.getNamespaceURI()) || CAMUNDA.equals(attribute.getValue())) {
                element.removeAttributeNode(attribute);
            }
        }
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.COMMENT_NODE || child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                element.removeChild(child);
            } else if (child instanceof Element e) {
                boolean engineOnly = CAMUNDA.equals(e.getNamespaceURI()) || BPMN.equals(e.getNamespaceURI())
                        && List.of("extensionElements", "conditionExpression", "script", "timeDate", "timeCycle",
                                "timeDuration", "completionCondition", "loopCardinality", "condition",
                                "potentialOwner", "humanPerformer", "resourceRole", "ioSpecification",
                                "dataInputAssociation", "dataOutputAssociation").contains(e.getLocalName());
                if (engineOnly) {
                    element.removeChild(e);
                } else {
                    strip(e);
                }
            }
            child = next;
        }
    }

    private static String kind(FlowNode node) {
        if (node instanceof UserTask) {
            return "办理步骤";
        }
        if (node instanceof ServiceTask) {
            return "系统步骤";
        }
        if (node instanceof CallActivity || node instanceof SubProcess) {
            return "子流程";
        }
        if (node instanceof StartEvent) {
            return "开始";
        }
        if (node instanceof EndEvent) {
            return "结束";
        }
        if (node instanceof BoundaryEvent) {
            return "期限或者事件";
        }
        if (node instanceof Gateway) {
            return "判断";
        }
        return "步骤";
    }

    private static String documentation(ModelElementInstance element) {
        return element.getChildElementsByType(Documentation.class).stream().map(d -> d.getTextContent().strip())
                .filter(text -> !text.isEmpty()).findFirst().orElse(null);
    }

    private static String law(FlowNode node) {
        if (node.getExtensionElements() == null) {
            return null;
        }
        for (CamundaProperties properties : node.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if ("law".equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                    return property.getCamundaValue().strip();
                }
            }
        }
        return null;
    }

    /** "PM14" → 《云南省行政执法公示办法》第十四条; "RM11.2" → 《云南省行政执法全过程记录办法》第十一条第二项. */
    static String lawText(String law) {
        if (law == null) {
            return null;
        }
        Matcher m = LAW.matcher(law);
        if (!m.matches()) {
            return law;
        }
        String title = m.group(1).equals("PM") ? "《云南省行政执法公示办法》" : "《云南省行政执法全过程记录办法》";
        return title + "第" + chinese(Integer.parseInt(m.group(2))) + "条"
                + (m.group(3) == null ? "" : "第" + chinese(Integer.parseInt(m.group(3))) + "项");
    }

    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return String.valueOf(n);
    }
}
