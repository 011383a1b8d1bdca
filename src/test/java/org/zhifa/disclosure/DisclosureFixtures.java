package org.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.disclosure.process.ResultDisclosureProcess;
import org.zhifa.evidence.CaseDocuments;

/** Published results for the tests of what follows publication: corrections, withdrawals, changes. */
public class DisclosureFixtures {

    private final ProcessEngine engine;
    private final CaseDecisions decisions;
    private final TransactionTemplate transactions;
    private final CaseDocuments documents;
    private final Publications publications;
    private final OfficerCaseFixtures users;

    public DisclosureFixtures(ProcessEngine engine, CaseDecisions decisions, TransactionTemplate transactions,
            CaseDocuments documents, Publications publications) {
        this.engine = engine;
        this.decisions = decisions;
        this.transactions = transactions;
        this.documents = documents;
        this.publications = publications;
        this.users = new OfficerCaseFixtures(engine);
    }

    /** A penalty on 王建国 decided, reviewed and published in full by {@code wujiu}; its publication. */
    public Publications.Publication publishedPenalty() {
        String bk = "GS-" + UUID.randomUUID();
        int n = Math.abs(bk.hashCode() % 100000);
        String html = "<html><body><h1>行政处罚决定书</h1><p>当事人：王建国，身份证号码：530102198507153216。</p>"
                + "<p>经查，当事人销售超过保质期的食品12包。</p><p>决定：罚款人民币5000元。</p></body></html>";
        transactions.executeWithoutResult(status -> {
            var document = documents.store(bk, "行政处罚决定书", "decision.html", "text/html",
                    html.getBytes(StandardCharsets.UTF_8), "sunqi");
            decisions.issued(new CaseDecisions.Decision(bk, null, "penalty", "penalty", "KMSJ", "昆明市市场监督管理局",
                    "昆市监罚〔2026〕F" + n + "号", LocalDate.of(2026, 3, 2), "涉嫌销售超过保质期的食品", "person",
                    "王建国", null, List.of("fine"), new BigDecimal("5000"), "经查，当事人销售超过保质期的食品12包。",
                    "《中华人民共和国食品安全法》第一百二十四条", null, document.sha256(), "530102198507153216",
                    "昆明市五华区华山南路12号501室", "13887654321"));
        });
        ProcessInstance disclosure = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ResultDisclosureProcess.KEY).processInstanceBusinessKey(bk).singleResult();
        assertThat(disclosure).as("the decision waits for its disclosure review").isNotNull();
        users.complete(disclosure, "wujiu", ResultDisclosureProcess.TASK_REVIEW, Map.of(ResultDisclosureProcess.CHOICE,
                "publish", ResultDisclosureProcess.FORM, "full"));
        return publications.ofCase(bk).get(0);
    }
}
