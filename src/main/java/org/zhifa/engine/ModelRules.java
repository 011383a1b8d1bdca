package org.zhifa.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an administrator's model may reach (RM4, RM24.4: administrators change models, not history). Expressions
 * reach only the named process beans and the case's own variables — never another Spring bean such as
 * {@code dataSource}, nor the engine behind a step ({@code execution.processEngine…}), nor Java reflection; class
 * delegates and listeners come from the project's packages; scripts only in a language an administrator enabled; no
 * DOCTYPE (external entities). Read from the XML itself, so each problem names its line and element.
 */
public final class ModelRules {

    /** A broken rule: where, and why. */
    public record Problem(String message, int line, int column, String elementId) {
    }

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern ROOT = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)");
    /** Ways from a step to the engine, the JVM or the server behind it, however they are spelled. */
    private static final Pattern FORBIDDEN_MEMBER = Pattern.compile(
            "\\.\\s*(get)?(processEngine\\w*|ProcessEngine\\w*|class|Class|classLoader|ClassLoader|applicationContext"
                    + "|ApplicationContext|beanFactory|BeanFactory|dataSource|DataSource|runtime|Runtime)\\b"
                    + "|\\b(forName|getMethod|getDeclaredMethod|newInstance|invoke|exec)\\s*\\(");
    private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "div",
            "mod", "eq", "ne", "lt", "gt", "le", "ge", "instanceof");
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass", "formHandlerClass");
    private static final String PROJECT_PACKAGE = "org.zhifa.";

    private final Set<String> processBeans;
    private final Set<String> otherBeans;
    private final Set<String> scriptLanguages;

    /**
     * @param processBeans    the beans models may name
     * @param allBeans        every bean of the server, so a model naming any other is refused (not taken for a variable)
     * @param scriptLanguages the script languages an administrator enabled; none by default
     */
    public ModelRules(Collection<String> processBeans, Collection<String> allBeans, Collection<String> scriptLanguages) {
        this.processBeans = Set.copyOf(processBeans);
        this.otherBeans = allBeans.stream().filter(name -> !this.processBeans.contains(name))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.scriptLanguages = scriptLanguages.stream().map(String::toLowerCase)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every problem of a BPMN file; empty if it keeps the rules. */
    public List<Problem> check(byte[] bpmn) {
        List<Problem> problems = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        Deque<String> ids = new ArrayDeque<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bpmn));
            while (xml.hasNext()) {
                int event = xml.next();
                int line = xml.getLocation().getLineNumber();
                int column = xml.getLocation().getColumnNumber();
                if (event == XMLStreamConstants.DTD) {
                    problems.add(new Problem("模型不能含有 DOCTYPE（外部实体）", line, column, null));
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String id = xml.getAttributeValue(null, "id");
                    ids.push(id != null ? id : ids.isEmpty() ? "" : ids.peek());
                    element(xml, line, column, ids.peek(), problems);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    ids.pop();
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    expressions(xml.getText(), line, column, ids.isEmpty() ? null : ids.peek(), problems);
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            problems.add(new Problem("不是可读的 XML：" + e.getMessage(), line, -1, null));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to read
                }
            }
        }
        return problems;
    }

    private void element(XMLStreamReader xml, int line, int column, String id, List<Problem> problems) {
        String name = xml.getLocalName();
        boolean camunda = CAMUNDA.equals(xml.getNamespaceURI());
        if ("scriptTask".equals(name) || (camunda && "script".equals(name))) {
            script(xml.getAttributeValue(null, "scriptFormat"), line, column, id, problems);
        }
        if ("conditionExpression".equals(name) && xml.getAttributeValue(null, "language") != null) {
            script(xml.getAttributeValue(null, "language"), line, column, id, problems);
        }
        if (camunda && "constraint".equals(name) && "validator".equals(xml.getAttributeValue(null, "name"))) {
            String validator = xml.getAttributeValue(null, "config");
            if (validator != null && !validator.contains("${") && !validator.strip().startsWith(PROJECT_PACKAGE)) {
                problems.add(new Problem("表单校验器 “" + validator + "” 不是本系统（" + PROJECT_PACKAGE + "）的类", line, column,
                        id));
            }
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            String namespace = xml.getAttributeNamespace(i);
            // camunda:class on a task, or class on a camunda:executionListener / camunda:taskListener element
            boolean classAttribute = CLASS_ATTRIBUTES.contains(attribute)
                    && (CAMUNDA.equals(namespace) || (camunda && (namespace == null || namespace.isEmpty())));
            if (classAttribute && !value.strip().startsWith(PROJECT_PACKAGE)) {
                problems.add(new Problem("camunda:" + attribute + "=\"" + value + "\" 不是本系统（" + PROJECT_PACKAGE
                        + "）的类：模型只能使用系统提供的流程组件", line, column, id));
            }
            if (CAMUNDA.equals(xml.getAttributeNamespace(i)) && "resource".equals(attribute)) {
                script("resource", line, column, id, problems);
            }
            expressions(value, line, column, id, problems);
        }
    }

    private void script(String language, int line, int column, String id, List<Problem> problems) {
        if (language == null || !scriptLanguages.contains(language.toLowerCase())) {
            problems.add(new Problem("脚本（" + (language == null ? "未指明语言" : language) + "）未被管理员启用"
                    + "（zhifa.models.script-engines）：模型中的脚本可以运行任意代码", line, column, id));
        }
    }

    private void expressions(String text, int line, int column, String id, List<Problem> problems) {
        if (text == null || (!text.contains("${") && !text.contains("#{"))) {
            return;
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = STRING.matcher(expression.group(1)).replaceAll("''");
            if (FORBIDDEN_MEMBER.matcher(body).find()) {
                problems.add(new Problem("表达式 " + expression.group() + " 通过流程访问引擎或 Java 本身，不允许", line, column,
                        id));
                continue;
            }
            Matcher root = ROOT.matcher(body);
            while (root.find()) {
                String identifier = root.group(1);
                if (!EL_WORDS.contains(identifier) && otherBeans.contains(identifier)) {
                    problems.add(new Problem("表达式 " + expression.group() + " 使用了组件 “" + identifier
                            + "”：模型只能使用流程组件（zhifa.models.beans）", line, column, id));
                }
            }
        }
    }
}
