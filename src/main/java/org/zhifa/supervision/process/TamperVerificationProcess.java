package org.zhifa.supervision.process;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.modulith.NamedInterface;

/** The names of {@code bpmn/tamper-verification.bpmn}: its key, element ids and variables, said once. */
@NamedInterface("names")
public final class TamperVerificationProcess {

    public static final String KEY = "tamper-verification";

    public static final String START_SCHEDULED = "StartEvent_Nightly";
    public static final String START_REQUESTED = "StartEvent_Requested";
    /** The message a supervisor's request starts a run with. */
    public static final String MESSAGE_REQUESTED = "TamperVerificationRequested";
    public static final String TASK_VERIFY = "Task_Verify";
    public static final String TASK_HANDLE = "Task_HandleFindings";

    /** Who started a requested run (set by the server's API only). */
    public static final String REQUESTED_BY = "tamperRequestedBy";
    /** {@code scheduled} or {@code requested}, from the start event the run began at. */
    public static final String TRIGGER = "tamperTrigger";
    public static final String FAILED = "tamperFound";
    public static final String CASES_CHECKED = "tamperCasesChecked";
    public static final String BROKEN = "tamperBrokenCases";
    public static final String SUMMARY = "tamperSummary";

    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private TamperVerificationProcess() {
    }

    /** The chain a run is recorded in: {@code TAMPER-20261208-030000}, by the server's clock and zone. */
    public static String businessKey(Instant at, ZoneId zone) {
        return "TAMPER-" + KEY_TIME.format(at.atZone(zone));
    }
}
