package org.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.junit.jupiter.api.Test;

/**
 * Every step of every model the product ships names the law item it carries out (RM3: the record says under which
 * rule each step was taken); the server still runs an unannotated model an administrator deploys, marking its
 * entries as unmapped.
 */
class ShippedModelsLawTest {

    @Test
    void everyStepOfEveryShippedModelNamesItsLawItem() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                for (FlowNode node : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowNode.class)) {
                    boolean law = node.getExtensionElements() != null && node.getExtensionElements()
                            .getElementsQuery().filterByType(CamundaProperties.class)
                            .list().stream().flatMap(p -> p.getCamundaProperties().stream())
                            .anyMatch(p -> "law".equals(p.getCamundaName()) && p.getCamundaValue() != null
                                    && !p.getCamundaValue().isBlank());
                    checked++;
                    if (!law) {
                        missing.add(file.getFileName() + "#" + node.getId());
                    }
                }
            }
        }
        assertThat(checked).as("steps of the five shipped models").isGreaterThan(100);
        assertThat(missing).as("steps without a law property").isEmpty();
    }
}
