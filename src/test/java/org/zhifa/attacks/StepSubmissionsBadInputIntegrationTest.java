package org.zhifa.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.engine.FormSchema;
import org.zhifa.testing.BadFormValues;
import org.zhifa.testing.Http;
import org.zhifa.testing.Inspections;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 13, tests: start and task submission through {@code /engine-rest}, for every shipped model, with what no
 * form would send, field by field. A model users start answers 400 naming the field, in Chinese, with no engine
 * class or expression; one only the server starts answers 403; a live task keeps its values and stays open; nothing
 * is started, numbered or recorded.
 */
@ZhifaIntegrationTest
class StepSubmissionsBadInputIntegrationTest {

    /** Who starts a model, by the group its {@code startableBy} names. */
    private static final Map<String, String> STARTERS = Map.of("officer-initiated-case", "zhangsan",
            "routine-inspection", "zhangsan", "application-case", "wuyi", "catalogue-change", "wujiu");

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyModelsStartRefusesWhatItsFormWouldNeverSendAndStartsNothing() {
        Map<String, Long> before = counts();
        Set<String> models = new TreeSet<>();
        BadFormValues.shippedSteps().forEach(step -> models.add(step.model()));
        models.addAll(List.of("result-disclosure", "annual-statistics"));
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String model : models) {
            String user = STARTERS.getOrDefault(model, "zhangsan");
            int expected = STARTERS.containsKey(model) ? 400 : 403;
            for (String how : List.of("submit-form", "start")) {
                tried++;
                check(wrong, model + " " + how + " zzUnknown", start(user, model, how, Map.of("zzUnknown",
                        Map.of("value", "x", "type", "String"))), expected, expected == 400 ? "zzUnknown" : null);
            }
        }
        for (BadFormValues.Step step : BadFormValues.shippedSteps()) {
            if (!step.start() || !STARTERS.containsKey(step.model())) {
                continue;
            }
            for (FormSchema.Field field : step.form().fields().values()) {
                if (!field.writable()) {
                    continue;
                }
                for (var bad : BadFormValues.of(field).entrySet()) {
                    tried++;
                    check(wrong, step.model() + " " + field.key() + " " + bad.getKey(), start(STARTERS.get(
                            step.model()), step.model(), "submit-form", Map.of(field.key(), bad.getValue())), 400,
                            field.key());
                }
            }
        }
        assertThat(tried).isGreaterThan(100);
        assertThat(wrong).as("starts that took bad values or answered badly").isEmpty();
        assertThat(counts()).as("nothing started, numbered or recorded").isEqualTo(before);
    }

    @Test
    void liveTasksOfCasesAndInspectionsRefuseBadValuesFieldByFieldAndStayAsTheyWere() {
        PenaltyCases cases = new PenaltyCases(http);
        PenaltyCases.Case reported = cases.reported("person");
        PenaltyCases.Case filed = cases.filed("person", "53010012346");
        JsonNode inspection = new Inspections(http).plan(null);
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String[] live : new String[][] { { reported.instance(), "sunqi" }, { filed.instance(), "zhangsan" },
                { inspection.get("id").asText(), "zhangsan" } }) {
            JsonNode task = cases.tasklist().openTask(live[1], live[0]);
            String taskId = task.get("id").asText();
            assertThat(http.post(live[1], "/engine-rest/task/" + taskId + "/claim", Map.of("userId", live[1]))
                    .getStatusCode().value()).isEqualTo(204);
            FormSchema form = form(task.get("taskDefinitionKey").asText());
            JsonNode variables = http.get("admin", "/engine-rest/process-instance/" + live[0] + "/variables").getBody();
            Map<String, Long> before = counts();
            tried++;
            check(wrong, task.get("name").asText() + " zzUnknown", http.post(live[1], "/engine-rest/task/" + taskId
                    + "/submit-form", Map.of("variables", Map.of("zzUnknown", Map.of("value", "x")))), 400, "zzUnknown");
            for (FormSchema.Field field : form.fields().values()) {
                if (!field.writable()) {
                    continue;
                }
                for (var bad : BadFormValues.of(field).entrySet()) {
                    tried++;
                    for (String how : List.of("submit-form", "complete")) {
                        check(wrong, task.get("name").asText() + " " + how + " " + field.key() + " " + bad.getKey(),
                                http.post(live[1], "/engine-rest/task/" + taskId + "/" + how, Map.of("variables",
                                        Map.of(field.key(), bad.getValue()))), 400, field.key());
                    }
                }
            }
            assertThat(http.get("admin", "/engine-rest/task/" + taskId).getStatusCode().value()).as("still open")
                    .isEqualTo(200);
            assertThat(http.get("admin", "/engine-rest/process-instance/" + live[0] + "/variables").getBody())
                    .as("values as they were").isEqualTo(variables);
            assertThat(counts()).as("nothing recorded or numbered").isEqualTo(before);
        }
        assertThat(tried).isGreaterThan(50);
        assertThat(wrong).as("tasks that took bad values or answered badly").isEmpty();
    }

    @Test
    void variablesWrittenBetweenStepsTakeOnlyWhatTheirFormsTake() {
        PenaltyCases.Case c = new PenaltyCases(http).filed("person", "53010012346");
        JsonNode variables = http.get("admin", "/engine-rest/process-instance/" + c.instance() + "/variables").getBody();
        Map<String, Long> before = counts();
        Map<String, FormSchema.Field> fields = new LinkedHashMap<>();
        BadFormValues.shippedSteps().stream().filter(s -> s.model().equals(PenaltyCases.PROCESS) && !s.start())
                .forEach(s -> s.form().fields().values().stream().filter(FormSchema.Field::writable)
                        .forEach(f -> fields.putIfAbsent(f.key(), f)));
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (FormSchema.Field field : fields.values()) {
            for (var bad : BadFormValues.of(field).entrySet()) {
                tried++;
                String what = field.key() + " " + bad.getKey();
                check(wrong, "PUT " + what, http.put("admin", "/engine-rest/process-instance/" + c.instance()
                        + "/variables/" + field.key(), bad.getValue()), 400, field.key());
                check(wrong, "POST " + what, http.post("admin", "/engine-rest/process-instance/" + c.instance()
                        + "/variables", Map.of("modifications", Map.of(field.key(), bad.getValue()))), 400, field.key());
            }
        }
        assertThat(fields).hasSizeGreaterThan(60);
        assertThat(tried).isGreaterThan(300);
        assertThat(wrong).as("variable writes that took bad values or answered badly").isEmpty();
        assertThat(http.get("admin", "/engine-rest/process-instance/" + c.instance() + "/variables").getBody())
                .as("values as they were").isEqualTo(variables);
        assertThat(counts()).as("nothing recorded").isEqualTo(before);
    }

    private static FormSchema form(String taskDefinitionKey) {
        return BadFormValues.shippedSteps().stream().filter(s -> s.element().equals(taskDefinitionKey))
                .map(BadFormValues.Step::form).findFirst()
                .orElseThrow(() -> new AssertionError("no form for " + taskDefinitionKey + " ("
                        + OfficerInitiatedCaseProcess.KEY + ")"));
    }

    private ResponseEntity<JsonNode> start(String user, String model, String how, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("variables", variables);
        return http.post(user, "/engine-rest/process-definition/key/" + model + "/" + how, body);
    }

    private static void check(List<String> wrong, String what, ResponseEntity<JsonNode> answer, int status,
            String names) {
        String body = String.valueOf(answer.getBody());
        if (answer.getStatusCode().value() != status) {
            wrong.add(what + " → " + answer.getStatusCode().value() + " " + shorten(body));
            return;
        }
        String message = answer.getBody() == null ? "" : answer.getBody().path("message").asText();
        if (!message.matches("(?s).*[\\u4e00-\\u9fff].*") || message.contains("org.camunda") || message.contains("${")
                || message.contains("Exception") || names != null && !message.contains("（" + names + "）")) {
            wrong.add(what + " → " + shorten(message));
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("ACT_HI_PROCINST", "business_keys", "record_entries", "ACT_HI_VARINST")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("numbers", jdbc.queryForObject("select coalesce(sum(last_number), 0) from numbering", Long.class));
        return counts;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
