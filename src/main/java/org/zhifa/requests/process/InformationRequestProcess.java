package org.zhifa.requests.process;

import org.springframework.modulith.NamedInterface;

/** The names of {@code bpmn/information-request.bpmn}: its key, element ids and variables, said once. */
@NamedInterface("names")
public final class InformationRequestProcess {

    public static final String KEY = "information-request";

    /** Further steps of the model, as its tests refer to them. */
    public static final String END_ANSWERED = "End_Answered";
    public static final String TASK_RECORD_ANSWER = "Task_RecordAnswer";
    public static final String BUSINESS_KEY_PREFIX = "GIR-";
    public static final String TASK_ANSWER = "Task_AnswerRequest";
    public static final String TASK_WARNING = "Task_RequestWarning";
    public static final String TASK_OVERDUE = "Task_RequestOverdue";
    public static final String TIMER_WARNING = "Timer_RequestWarning";
    public static final String TIMER_DEADLINE = "Timer_RequestDeadline";

    public static final String AGENCY = "agencyCode";
    public static final String AGENCY_NAME = "agencyName";
    public static final String REQUESTER = "requester";
    public static final String ID_DOCUMENT = "requesterIdDocument";
    public static final String CONTACT = "requesterContact";
    public static final String DESCRIPTION = "requestDescription";
    public static final String DELIVERY = "requestDelivery";
    public static final String LAST_DAY = "requestLastDay";
    public static final String DUE = "requestDue";
    public static final String WARN_AT = "requestWarnAt";
    // the officer's answer
    public static final String OUTCOME = "requestOutcome";
    public static final String REPLY = "requestReply";

    private InformationRequestProcess() {
    }
}
