package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.evidence.process.EvidenceReleaseProcess;
import org.zhifa.shared.StateConflict;

/**
 * {@code bpmn/evidence-release.bpmn} on the whole server (RM23, RM24.5): evidence leaves the agency only after the
 * head approves; the decision is registered once, never by the requester; only the requester fetches an approved
 * release, and a refused one never. Job executor off.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class EvidenceReleaseProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    EvidenceIntake intake;
    @Autowired
    EvidenceReleases releases;

    OfficerCaseFixtures users;
    EvidenceFixtures evidence;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        users = new OfficerCaseFixtures(engine);
        evidence = new EvidenceFixtures(engine, intake);
    }

    @Test
    void approvedByTheHeadTheEvidenceIsReleasedToItsRequesterOnly() throws Exception {
        EvidenceItem photo = evidence.photo(evidence.inspectionOnSite());
        EvidenceReleases.Release request = releases.request(photo.id(), "某区人民法院", "行政诉讼举证",
                "（2026）云0102行初12号调取证据通知书", "zhangsan", EvidenceFixtures.HANDLER);
        ProcessInstance release = instance(request);

        assertThat(release).isWaitingAt(EvidenceReleaseProcess.TASK_APPROVAL);
        assertThat(users.task(release, EvidenceReleaseProcess.TASK_APPROVAL)).hasCandidateGroup("leader");
        Map<String, Object> shown = engine.getRuntimeService().getVariables(release.getId());
        assertThat(shown).containsEntry(EvidenceReleaseProcess.RECIPIENT, "某区人民法院")
                .containsEntry(EvidenceReleaseProcess.REQUESTED_BY, "zhangsan");
        assertThat((String) shown.get(EvidenceReleaseProcess.EVIDENCE_DESCRIPTION)).contains("SHA-256 " + photo.sha256());
        assertThatThrownBy(() -> releases.deliver(request.id(), "zhangsan")).isInstanceOf(StateConflict.class)
                .hasMessageContaining("尚未审批");

        users.complete(release, "sunqi", EvidenceReleaseProcess.TASK_APPROVAL, Map.of(EvidenceReleaseProcess.DECISION,
                EvidenceReleaseProcess.DECISION_APPROVE, EvidenceReleaseProcess.OPINION, "同意按调取通知提供"));

        assertThat(release).isEnded().hasPassed(EvidenceReleaseProcess.TASK_REGISTER_DECISION, EvidenceReleaseProcess.END_APPROVED);
        assertThat(releases.find(request.id())).get().satisfies(decided -> {
            assertThat(decided.approved()).isTrue();
            assertThat(decided.decidedBy()).isEqualTo("sunqi");
            assertThat(decided.opinion()).isEqualTo("同意按调取通知提供");
        });
        try (var download = releases.deliver(request.id(), "zhangsan").content()) {
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(download.readAllBytes()))).as("the original as stored").isEqualTo(photo.sha256());
        }
        assertThatThrownBy(() -> releases.deliver(request.id(), "lisi")).hasMessageContaining("只能由申请人提取");
    }

    @Test
    void aRefusedReleaseIsNeverDelivered() {
        EvidenceItem photo = evidence.photo(evidence.inspectionOnSite());
        EvidenceReleases.Release request = releases.request(photo.id(), "某报社", "新闻报道", "无", "zhangsan",
                EvidenceFixtures.HANDLER);
        ProcessInstance release = instance(request);

        users.complete(release, "sunqi", EvidenceReleaseProcess.TASK_APPROVAL, Map.of(EvidenceReleaseProcess.DECISION,
                EvidenceReleaseProcess.DECISION_REFUSE, EvidenceReleaseProcess.OPINION, "无法定依据"));

        assertThat(release).isEnded().hasPassed(EvidenceReleaseProcess.END_REFUSED).hasNotPassed(EvidenceReleaseProcess.END_APPROVED);
        assertThat(releases.find(request.id()).orElseThrow().status()).isEqualTo("refused");
        assertThatThrownBy(() -> releases.deliver(request.id(), "zhangsan")).isInstanceOf(StateConflict.class)
                .hasMessageContaining("未获批准");
    }

    @Test
    void theRequesterCannotDecideTheirOwnRequest() {
        EvidenceItem photo = evidence.photo(evidence.inspectionOnSite());
        EvidenceReleases.Release request = releases.request(photo.id(), "某区人民法院", "举证", "调取通知书", "sunqi",
                List.of("leader"));
        ProcessInstance release = instance(request);

        assertThatThrownBy(() -> users.complete(release, "sunqi", EvidenceReleaseProcess.TASK_APPROVAL, Map.of(
                EvidenceReleaseProcess.DECISION, EvidenceReleaseProcess.DECISION_APPROVE,
                EvidenceReleaseProcess.OPINION, "同意"))).isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("四眼原则");
        assertThat(releases.find(request.id()).orElseThrow().status()).isEqualTo("pending");
    }

    private ProcessInstance instance(EvidenceReleases.Release request) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(request.processInstanceId())
                .singleResult();
    }
}
