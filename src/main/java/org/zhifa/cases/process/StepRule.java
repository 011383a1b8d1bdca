package org.zhifa.cases.process;

/** What the server checks and derives when a step of a case model is completed, whatever client submitted it. */
@FunctionalInterface
interface StepRule {

    void apply(Submission submission);
}
