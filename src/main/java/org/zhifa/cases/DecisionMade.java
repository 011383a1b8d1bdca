package org.zhifa.cases;

/**
 * A decision was issued and numbered (RM11.17): published by the issuing step and kept in the event publication
 * registry with its transaction, so that the listeners — disclosure (PM9, PM14) and the statistics (PM18) — run after
 * the decision has committed and never roll it back; a publication a listener failed to complete stays in the
 * registry, is republished when the server restarts and can be resubmitted by an administrator. It carries ids only; what was
 * decided is read through {@link CaseDecisions#find(String)}.
 */
public record DecisionMade(String businessKey, String processInstanceId, String decisionNumber) {
}
