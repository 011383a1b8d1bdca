package org.zhifa.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.supervision.TamperRuns;

/** {@code Task_Verify}: every record chain, the checkpoints and the access log verified, the result kept (RM24). */
@Component("tamperVerification")
class TamperVerification implements JavaDelegate {

    private final TamperRuns runs;

    TamperVerification(TamperRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TamperRuns.Run run = runs.run(execution.getProcessBusinessKey(),
                (String) execution.getVariable(TamperVerificationProcess.TRIGGER),
                (String) execution.getVariable(TamperVerificationProcess.REQUESTED_BY));
        execution.setVariable(TamperVerificationProcess.FAILED, run.failed());
        execution.setVariable(TamperVerificationProcess.CASES_CHECKED, run.casesChecked());
        execution.setVariable(TamperVerificationProcess.BROKEN, run.findings().size());
        execution.setVariable(TamperVerificationProcess.SUMMARY, summary(run));
    }

    /** What the administrators' task says: each broken record, and the access log. */
    static String summary(TamperRuns.Run run) {
        StringBuilder text = new StringBuilder("校验案件 " + run.casesChecked() + " 件，记录不完整 " + run.findings().size()
                + " 件；证据访问日志 " + run.accessLogEntries() + " 条，" + (run.accessLogValid() ? "完整" : "不完整："
                        + run.accessLogReason()) + "。");
        run.findings().stream().limit(50).forEach(f -> text.append("\n").append(f.businessKey())
                .append(f.seq() == null || f.seq() == 0 ? "" : " 第 " + f.seq() + " 条").append("：").append(f.reason()));
        if (run.findings().size() > 50) {
            text.append("\n……另有 ").append(run.findings().size() - 50).append(" 件，见执法监督页面");
        }
        return text.length() > 3900 ? text.substring(0, 3900) + "……" : text.toString();
    }
}
