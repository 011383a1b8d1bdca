package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions.Decision;
import org.zhifa.disclosure.process.ResultDisclosureProcess;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.testing.ZhifaIntegrationTest;

/**
 * RM11.17 → PM9, PM14, PM18: an issued decision is announced through the event publication registry. Once the
 * decision commits, its disclosure starts and its countable facts are kept, and the publications are completed; a
 * listener that fails leaves its publication incomplete — the decision stays — and a resubmission completes it.
 */
@ZhifaIntegrationTest
@EnableScenarios
class DecisionEventsIntegrationTest {

    @Autowired
    CaseDecisions decisions;
    @Autowired
    CaseDocuments documents;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void anIssuedDecisionStartsItsDisclosureAndItsFactsOnceCommitted(Scenario scenario) {
        String bk = "EV-" + UUID.randomUUID();
        String sha256 = document(bk);
        Decision decision = decision(bk, sha256);

        scenario.stimulate(() -> decisions.issued(decision))
                .andWaitForEventOfType(DecisionMade.class)
                .matching(made -> made.decisionNumber().equals(decision.decisionNumber()))
                .toArriveAndVerify(made -> {
                    assertThat(made.businessKey()).isEqualTo(bk);
                    assertThat(disclosures(bk)).isEqualTo(1);
                    assertThat(facts(decision)).isEqualTo(1);
                    assertThat(open(decision)).as("both listeners completed").isZero();
                });
        assertThat(decisions.find(decision.decisionNumber())).get().isEqualTo(decision);
    }

    @Test
    void aListenerThatFailsLeavesTheDecisionAndIsCompletedWhenResubmitted() {
        String bk = "EV-" + UUID.randomUUID();
        Decision decision = decision(bk, document(bk));
        engine.getRepositoryService().suspendProcessDefinitionByKey(ResultDisclosureProcess.KEY);
        try {
            transactions.executeWithoutResult(status -> decisions.issued(decision));
        } finally {
            engine.getRepositoryService().activateProcessDefinitionByKey(ResultDisclosureProcess.KEY);
        }

        assertThat(decisions.find(decision.decisionNumber())).as("the decision is not undone").isPresent();
        assertThat(facts(decision)).as("the statistics' listener did its part").isEqualTo(1);
        assertThat(disclosures(bk)).as("the disclosure model was suspended: not started").isZero();
        assertThat(open(decision)).as("the disclosure's publication waits").isEqualTo(1);

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof DecisionMade made
                && made.decisionNumber().equals(decision.decisionNumber()));

        assertThat(disclosures(bk)).isEqualTo(1);
        assertThat(open(decision)).isZero();
        assertThat(facts(decision)).as("kept once, not twice").isEqualTo(1);
    }

    private String document(String bk) {
        return transactions.execute(status -> documents.store(bk, "行政处罚决定书", "decision.html", "text/html",
                "<html><body><p>决定：罚款人民币800元。</p></body></html>".getBytes(StandardCharsets.UTF_8), "sunqi")
                .sha256());
    }

    private static Decision decision(String bk, String sha256) {
        return new Decision(bk, null, "penalty", "penalty", "KMSJ", "昆明市市场监督管理局",
                "昆市监罚〔2026〕E" + Math.abs(bk.hashCode() % 1000000) + "号", LocalDate.of(2026, 3, 2), "涉嫌销售过期食品",
                "organisation", "昆明某商贸有限公司", "赵德明", List.of("fine"), new BigDecimal("800.00"),
                "经查，当事人销售过期食品。", "《中华人民共和国食品安全法》第一百二十四条", null, sha256, null, null, null);
    }

    private long disclosures(String bk) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ResultDisclosureProcess.KEY)
                .processInstanceBusinessKey(bk).count();
    }

    private long facts(Decision decision) {
        return jdbc.queryForObject("select count(*) from enforcement_decisions where decision_number = ?", Long.class,
                decision.decisionNumber());
    }

    private long open(Decision decision) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where completion_date is null and "
                + "serialized_event like ?", Long.class, "%" + decision.decisionNumber() + "%");
    }
}
