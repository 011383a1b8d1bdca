package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A bad file in the models folder is named with its reason before anything is deployed. */
class ModelValidatorTest {

    private final ModelValidator validator = new ModelValidator();

    @Test
    void wellFormedModelsPass() {
        assertThatCode(() -> validator.validate(List.of(bpmn("ok.bpmn", process("camunda:historyTimeToLive=\"30\"",
                "camunda:formRef=\"start\" camunda:formRefBinding=\"deployment\"")), form("start.form", "start"))))
                .doesNotThrowAnyException();
    }

    @Test
    void brokenXmlNamesFileAndLine() {
        assertThatThrownBy(() -> validator.validate(List.of(bpmn("broken.bpmn", "<definitions>\n<process id=\"x\">\n</definitions>"))))
                .isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("bpmn/broken.bpmn")
                .hasMessageContaining("第 3 行");
    }

    @Test
    void processWithoutHistoryTimeToLiveIsRefused() {
        assertThatThrownBy(() -> validator.validate(List.of(bpmn("nottl.bpmn", process("", "")))))
                .isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("bpmn/nottl.bpmn")
                .hasMessageContaining("historyTimeToLive");
    }

    @Test
    void formThatIsNotJsonNamesFileAndLine() {
        assertThatThrownBy(() -> validator.validate(List.of(new ModelFile("forms/bad.form",
                "{\n  \"id\": \"bad\",\n  \"components\": [ }".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("forms/bad.form")
                .hasMessageContaining("第 3 行");
    }

    @Test
    void formWithoutIdOrComponentsIsRefused() {
        assertThatThrownBy(() -> validator.validate(List.of(new ModelFile("forms/noid.form",
                "{\"components\": []}".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(ModelDeploymentException.class).hasMessageContaining("缺少表单 id");
        assertThatThrownBy(() -> validator.validate(List.of(new ModelFile("forms/nocomponents.form",
                "{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(ModelDeploymentException.class).hasMessageContaining("components");
    }

    @Test
    void twoFormsWithOneIdAreRefused() {
        assertThatThrownBy(() -> validator.validate(List.of(form("a.form", "same"), form("b.form", "same"))))
                .isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("forms/b.form")
                .hasMessageContaining("forms/a.form");
    }

    @Test
    void formRefToAMissingFormIsRefused() {
        assertThatThrownBy(() -> validator.validate(List.of(bpmn("ref.bpmn", process("camunda:historyTimeToLive=\"30\"",
                "camunda:formRef=\"nowhere\" camunda:formRefBinding=\"deployment\"")))))
                .isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("bpmn/ref.bpmn")
                .hasMessageContaining("nowhere");
    }

    private static ModelFile bpmn(String name, String xml) {
        return new ModelFile("bpmn/" + name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static ModelFile form(String name, String id) {
        return new ModelFile("forms/" + name,
                ("{\"id\": \"" + id + "\", \"type\": \"default\", \"components\": []}").getBytes(StandardCharsets.UTF_8));
    }

    private static String process(String processAttributes, String startAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://zhifa.org/test">
                  <bpmn:process id="p" isExecutable="true" %s>
                    <bpmn:startEvent id="StartEvent_Begin" %s />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processAttributes, startAttributes);
    }
}
