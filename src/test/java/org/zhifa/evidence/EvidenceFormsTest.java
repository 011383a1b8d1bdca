package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.zhifa.cases.process.ApplicationCaseProcess;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.evidence.process.AvInterruptionReportProcess;
import org.zhifa.identity.Roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Forms of the steps where records are made offer the step's evidence page (issue 5), and only those
 * whose tasks carry its address: the server gives it to handlers', window clerks' and legal reviewers' tasks.
 */
class EvidenceFormsTest {

    private static final Set<String> GATHERERS = Set.of(Roles.HANDLER, Roles.WINDOW_CLERK, Roles.LEGAL_REVIEWER);

    /** Steps where the law has records made: scene, questioning, sampling, measures, hearing, service, execution. */
    private static final Set<String> RECORDING_STEPS = Set.of("Task_OnSiteInspection", OfficerInitiatedCaseProcess.TASK_QUESTIONING,
            OfficerInitiatedCaseProcess.TASK_COLLECT_EVIDENCE, OfficerInitiatedCaseProcess.TASK_SAMPLING, "Task_Testing", OfficerInitiatedCaseProcess.TASK_PRESERVATION_REGISTRATION,
            OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE, OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS, OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE, OfficerInitiatedCaseProcess.TASK_HEARING_RECORD,
            OfficerInitiatedCaseProcess.TASK_SERVE_DECISION, OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION, OfficerInitiatedCaseProcess.TASK_DISPOSE_CONFISCATED, ApplicationCaseProcess.TASK_CHECK_MATERIALS,
            ApplicationCaseProcess.TASK_SITE_VERIFICATION, ApplicationCaseProcess.TASK_HEARING, ApplicationCaseProcess.TASK_SERVE_CERTIFICATE, ApplicationCaseProcess.TASK_SERVE_REFUSAL,
            AvInterruptionReportProcess.TASK_WRITTEN_EXPLANATION);

    record Step(String model, String task, String groups, String form) {
    }

    @Test
    void recordingStepsOfferTheEvidencePageAndOnlyGatherersFormsReferToIt() throws IOException {
        Map<String, Boolean> formsWithPage = forms();
        List<Step> steps = steps();
        assertThat(steps).extracting(Step::task).containsAll(RECORDING_STEPS);

        for (Step step : steps) {
            boolean page = formsWithPage.getOrDefault(step.form(), false);
            boolean gatherer = Stream.of(step.groups().split(",")).map(String::strip).anyMatch(GATHERERS::contains);
            if (RECORDING_STEPS.contains(step.task())) {
                assertThat(page).as(step + " should offer the evidence page").isTrue();
            }
            if (page) {
                assertThat(gatherer).as(step + " refers to evidencePage, which only gatherers' tasks carry").isTrue();
            }
        }
    }

    private static Map<String, Boolean> forms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Boolean> forms = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                String text = form.toString();
                forms.put(form.get("id").asText(), text.contains("{{" + EvidenceRegister.PAGE_VARIABLE + "}}")
                        && text.contains("\"Iframe_Evidence\""));
            }
        }
        return forms;
    }

    private static List<Step> steps() throws IOException {
        List<Step> steps = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                    steps.add(new Step(file.getFileName().toString(), task.getId(),
                            task.getCamundaCandidateGroups() == null ? "" : task.getCamundaCandidateGroups(),
                            task.getCamundaFormRef()));
                }
            }
        }
        return steps;
    }
}
