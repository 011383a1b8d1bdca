package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.zhifa.ZhifaApplication;
import org.zhifa.calendar.CalendarFileException;
import org.zhifa.documents.TemplateException;
import org.zhifa.documents.TemplateFailureAnalyzer;

/**
 * A server whose models folder, templates folder or holiday file is wrong does not start, and says which file and why. Each case starts
 * a separate server of its own on an in-memory database.
 */
@Order(Integer.MAX_VALUE)
class StartupFailureIntegrationTest {

    @Test
    void malformedModelInTheFolderStopsStartupNamingTheFile(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("bpmn"));
        Files.createDirectories(folder.resolve("forms"));
        Files.writeString(folder.resolve("bpmn/inspection.bpmn"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <bpmn:process id="inspection" isExecutable="true">
                    <bpmn:startEvent id="StartEvent_Begin">
                  </bpmn:process>
                </bpmn:definitions>
                """);

        Throwable failure = start("--zhifa.models.dir=" + folder);

        ModelDeploymentException cause = find(failure, ModelDeploymentException.class);
        assertThat(cause.file()).isEqualTo("bpmn/inspection.bpmn");
        assertThat(cause.getMessage()).contains("bpmn/inspection.bpmn", "第 5 行");
        FailureAnalysis analysis = new ModelDeploymentFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("bpmn/inspection.bpmn");
        assertThat(analysis.getAction()).contains("bpmn/inspection.bpmn");
    }

    @Test
    void semanticErrorInAModelStopsStartupWithTheEnginesReason(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("bpmn"));
        Files.writeString(folder.resolve("bpmn/dangling.bpmn"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="x">
                  <bpmn:process id="dangling" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="StartEvent_Begin" />
                    <bpmn:sequenceFlow id="Flow_Nowhere" sourceRef="StartEvent_Begin" targetRef="Task_Missing" />
                  </bpmn:process>
                </bpmn:definitions>
                """);

        ModelDeploymentException cause = find(start("--zhifa.models.dir=" + folder), ModelDeploymentException.class);

        assertThat(cause.file()).isEqualTo("bpmn/dangling.bpmn");
        assertThat(cause.getMessage()).contains("Task_Missing");
    }

    @Test
    void badHolidayFileStopsStartupNamingFileAndLine(@TempDir Path folder) throws IOException {
        Path calendar = folder.resolve("working-days.txt");
        Files.writeString(calendar, "2026 | 元旦 | 2026-01-01 |\n2026 | 春节 | 2026-02-30 |\n");

        CalendarFileException cause = find(start("--zhifa.calendar.file=file:" + calendar), CalendarFileException.class);

        assertThat(cause.file()).isEqualTo("working-days.txt");
        assertThat(cause.line()).isEqualTo(2);
        assertThat(cause.getMessage()).contains("2026-02-30");
    }

    @Test
    void aTemplateNamingAnUnknownValueStopsStartupNamingFileAndLine(@TempDir Path folder) throws IOException {
        try (var shipped = Files.list(Path.of("documents"))) {
            for (Path file : shipped.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Path decision = folder.resolve("penalty-decision.html");
        String content = Files.readString(decision).replace("<h2>处理决定</h2>",
                "<h2>处理决定</h2>\n<p th:text=\"${partyBankAccount}\"></p>");
        Files.writeString(decision, content);
        int line = content.substring(0, content.indexOf("partyBankAccount")).split("\n", -1).length;

        TemplateException cause = find(start("--zhifa.documents.dir=" + folder), TemplateException.class);

        assertThat(cause.file()).isEqualTo("documents/penalty-decision.html");
        assertThat(cause.line()).isEqualTo(line);
        assertThat(cause.getMessage()).contains("partyBankAccount");
        FailureAnalysis analysis = new TemplateFailureAnalyzer().analyze(failureOf(cause));
        assertThat(analysis.getAction()).contains("documents/penalty-decision.html");
    }

    @Test
    void anAgencysOwnTemplateIsCheckedAgainstTheDefaultsDeployedWithItNamingItsFile(@TempDir Path folder)
            throws IOException {
        try (var shipped = Files.list(Path.of("documents"))) {
            for (Path file : shipped.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.createDirectories(folder.resolve("KMSJ"));
        // a correct override of a fragment file next to a broken override of a kind
        Files.copy(folder.resolve("_common.html"), folder.resolve("KMSJ/_common.html"));
        String content = Files.readString(folder.resolve("hearing-notice.html")).replace("<p>听证地点：",
                "<p th:text=\"${fineAmount}\"></p>\n<p>听证地点：");
        Files.writeString(folder.resolve("KMSJ/hearing-notice.html"), content);

        TemplateException cause = find(start("--zhifa.documents.dir=" + folder), TemplateException.class);

        assertThat(cause.file()).isEqualTo("documents/KMSJ/hearing-notice.html");
        assertThat(cause.getMessage()).contains("fineAmount");
    }

    private static Throwable failureOf(TemplateException cause) {
        return new IllegalStateException("start-up failed", cause);
    }

    private static Throwable start(String... arguments) {
        String[] common = { "--spring.profiles.active=test", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:startup-" + System.nanoTime(),
                "--spring.datasource.username=sa", "--camunda.bpm.database.type=h2",
                "--camunda.bpm.database.schema-update=true",
                // an engine name of its own each time: a start that fails half-way may leave its name registered
                "--camunda.bpm.process-engine-name=startup-check-" + System.nanoTime(),
                "--camunda.bpm.generate-unique-process-engine-name=false" };
        String[] all = new String[common.length + arguments.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(arguments, 0, all, common.length, arguments.length);
        Throwable failure = catchThrowable(() -> {
            var context = new SpringApplicationBuilder(ZhifaApplication.class).run(all);
            SpringApplication.exit(context);
        });
        assertThat(failure).as("the server must not start").isNotNull();
        return failure;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
    }
}
