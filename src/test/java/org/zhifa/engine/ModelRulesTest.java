package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ModelRulesTest {

    private final ModelRules rules = new ModelRules(List.of("workingDays", "caseOpening"),
            List.of("workingDays", "caseOpening", "dataSource", "jdbcTemplate"), List.of());

    private List<ModelRules.Problem> check(String task) {
        return rules.check(("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="x">
                  <bpmn:process id="p" isExecutable="true">
                """ + task + """
                  </bpmn:process>
                </bpmn:definitions>
                """).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void processBeansAndVariablesAreFine() {
        assertThat(check("<bpmn:serviceTask id=\"T\" camunda:delegateExpression=\"${caseOpening}\" />")).isEmpty();
        assertThat(check("<bpmn:sequenceFlow id=\"F\" sourceRef=\"a\" targetRef=\"b\"><bpmn:conditionExpression>"
                + "${workingDays.isWorkingDay(day) &amp;&amp; fine &gt; 1000 &amp;&amp; kind == 'dataSource'}"
                + "</bpmn:conditionExpression></bpmn:sequenceFlow>")).as("a string is not a bean").isEmpty();
    }

    @Test
    void anyOtherBeanIsNamedWithItsLineAndElement() {
        List<ModelRules.Problem> problems = check("<bpmn:serviceTask id=\"Task_X\" camunda:expression=\""
                + "${dataSource.connection}\" />");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.elementId()).isEqualTo("Task_X");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("dataSource");
        });
        assertThat(check("<bpmn:userTask id=\"U\"><bpmn:extensionElements><camunda:taskListener event=\"create\" "
                + "expression=\"${jdbcTemplate.execute('x')}\" /></bpmn:extensionElements></bpmn:userTask>"))
                .singleElement().satisfies(p -> assertThat(p.elementId()).isEqualTo("U"));
    }

    @Test
    void theEngineAndReflectionAreOutOfReach() {
        for (String expression : List.of("${execution.processEngineServices}", "${execution.getProcessEngine()}",
                "${task.execution.processEngineServices.runtimeService}", "${x.getClass().forName('y')}",
                "${execution.processEngine.processEngineConfiguration.dataSource}")) {
            assertThat(check("<bpmn:serviceTask id=\"T\" camunda:expression=\"" + expression + "\" />"))
                    .as(expression).hasSize(1);
        }
    }

    @Test
    void scriptsForeignClassesAndDoctypesAreRefused() {
        assertThat(check("<bpmn:scriptTask id=\"S\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"))
                .hasSize(1);
        assertThat(check("<bpmn:serviceTask id=\"C\" camunda:class=\"com.example.Evil\" />")).hasSize(1);
        assertThat(check("<bpmn:serviceTask id=\"C\" camunda:class=\"org.zhifa.cases.process.CaseOpening\" />")).isEmpty();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>";
        assertThat(rules.check(xxe.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(new ModelRules(List.of(), List.of(), List.of("javascript")).check(("<bpmn:definitions xmlns:bpmn="
                + "\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:scriptTask id=\"S\" scriptFormat=\"javascript\"/>"
                + "</bpmn:definitions>").getBytes(StandardCharsets.UTF_8))).as("an enabled language").isEmpty();
    }
}
