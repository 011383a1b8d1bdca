package org.zhifa.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** PM7.4: what the public gets of a model — the diagram and its documentation, not the engine's settings. */
class ProceduresTest {

    @Test
    void theShippedCaseModelLosesEveryEngineSettingAndKeepsItsDiagram() throws Exception {
        byte[] model = Files.readAllBytes(Path.of("bpmn", "officer-initiated-case.bpmn"));
        String published = Procedures.publicXml(model);
        assertThat(new String(model, StandardCharsets.UTF_8)).contains("camunda:candidateGroups", "${");
        assertThat(published).doesNotContain("camunda", "${", "candidateGroups", "delegateExpression",
                "conditionExpression", "extensionElements");
        assertThat(published).contains("bpmndi:BPMNShape", "bpmn:userTask", "bpmn:documentation", "依职权");
        assertThat(published.split("bpmndi:BPMNShape ").length).isEqualTo(new String(model, StandardCharsets.UTF_8)
                .split("bpmndi:BPMNShape ").length);
    }

    @Test
    void commentsAndEntitiesNeverReachThePublic() throws Exception {
        String commented = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <!-- internal: db password is secret -->
                  <bpmn:process id="p" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:userTask id="t" name="审核" camunda:assignee="zhangsan" />
                  </bpmn:process>
                </bpmn:definitions>""";
        String published = Procedures.publicXml(commented.getBytes(StandardCharsets.UTF_8));
        assertThat(published).contains("审核").doesNotContain("password", "zhangsan", "historyTimeToLive");

        String entity = """
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&x;</bpmn:definitions>""";
        assertThatThrownBy(() -> Procedures.publicXml(entity.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void requirementIdsReadAsArticlesOfTheRegulations() {
        assertThat(Procedures.lawText("PM14")).isEqualTo("《云南省行政执法公示办法》第十四条");
        assertThat(Procedures.lawText("RM11.2")).isEqualTo("《云南省行政执法全过程记录办法》第十一条第二项");
        assertThat(Procedures.lawText("PM7.10")).isEqualTo("《云南省行政执法公示办法》第七条第十项");
        assertThat(Procedures.lawText("RM20")).isEqualTo("《云南省行政执法全过程记录办法》第二十条");
        assertThat(Procedures.lawText("RM21")).isEqualTo("《云南省行政执法全过程记录办法》第二十一条");
        assertThat(Procedures.lawText("APL42")).as("other ids as they are").isEqualTo("APL42");
        assertThat(Procedures.lawText(null)).isNull();
    }
}
