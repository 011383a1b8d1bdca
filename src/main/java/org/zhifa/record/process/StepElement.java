package org.zhifa.record.process;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What the model says about a recorded element, read once when the model is parsed.
 *
 * @param law the element's {@code law} extension property (e.g. {@code RM11.15}), or null
 */
record StepElement(String id, String name, String type, String law) {

    static final String LAW_PROPERTY = "law";

    static StepElement of(Element element, String type) {
        return new StepElement(element.attribute("id"), element.attribute("name"), type, law(element));
    }

    static String law(Element element) {
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return null;
        }
        Element properties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (LAW_PROPERTY.equals(property.attribute("name"))) {
                String value = property.attribute("value");
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }
}
