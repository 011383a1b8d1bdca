package org.zhifa.evidence;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.cases.process.RoutineInspectionProcess;

/** A running inspection by {@code zhangsan} at its on-site step, and evidence recorded there. */
public class EvidenceFixtures {

    public static final List<String> HANDLER = List.of("handler");

    private final ProcessEngine engine;
    private final EvidenceIntake intake;
    private final OfficerCaseFixtures users;

    public EvidenceFixtures(ProcessEngine engine, EvidenceIntake intake) {
        this.engine = engine;
        this.intake = intake;
        this.users = new OfficerCaseFixtures(engine);
    }

    /** A routine inspection waiting at {@code Task_OnSiteInspection}; its business key. */
    public String inspectionOnSite() {
        String bk = "EV-" + UUID.randomUUID();
        users.as("zhangsan", () -> engine.getRuntimeService().startProcessInstanceByKey(RoutineInspectionProcess.KEY, bk,
                Map.of("subjectName", "昆明某商贸有限公司", "subjectAddress", "昆明市五华区", "source", "random",
                        "inspectionItems", "食品经营许可事项", "plannedDate", "2026-11-27")));
        return bk;
    }

    /** A scene photo of the case's on-site inspection, uploaded by {@code zhangsan}. */
    public EvidenceItem photo(String businessKey) {
        IntakeRequest request = new IntakeRequest(businessKey, RoutineInspectionProcess.TASK_ON_SITE, "photo", List.of("scene"),
                "张三", "2026-11-27T09:30:00+08:00", "昆明市五华区某超市", null, "scene.png", "image/png", null, null);
        return intake.ingest(request, new ByteArrayInputStream(Media.png(70, 70)), "zhangsan", HANDLER);
    }
}
