package org.zhifa.supervision.process;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.modulith.NamedInterface;

/** The names of {@code bpmn/case-file-review.bpmn} (案卷评查): its key, element ids and variables, said once. */
@NamedInterface("names")
public final class CaseFileReviewProcess {

    public static final String KEY = "case-file-review";

    public static final String START = "StartEvent_Requested";
    /** The message the server starts a round with, once a supervisor's request passed its checks. */
    public static final String MESSAGE_REQUESTED = "CaseFileReviewRequested";
    public static final String TASK_DRAW = "Task_Draw";
    public static final String TASK_SCORE = "Task_Score";
    public static final String TASK_GRADE = "Task_Grade";
    public static final String TASK_RECTIFY = "Task_Rectify";
    public static final String TASK_CHECK = "Task_CheckRectification";

    // the round as asked (set by the server only)
    public static final String NAME = "reviewName";
    public static final String AGENCIES = "reviewAgencies";
    public static final String FROM = "reviewFrom";
    public static final String TO = "reviewTo";
    public static final String SAMPLE_SIZE = "reviewSampleSize";
    public static final String SAMPLE_SHARE = "reviewSampleShare";
    public static final String REQUESTED_BY = "reviewRequestedBy";
    // the draw
    public static final String SEED = "reviewSeed";
    public static final String POPULATION = "reviewPopulation";
    public static final String SAMPLE = "reviewSample";
    /** The dossier one scoring task is for (the multi-instance element). */
    public static final String CASE = "reviewCase";
    public static final String DOSSIER_PAGE = "reviewDossierPage";
    public static final String FINDINGS = "reviewFindings";
    public static final String TOTAL = "reviewTotal";
    public static final String GRADE = "reviewGrade";
    // grading and rectification
    public static final String GRADES = "reviewGrades";
    public static final String RECTIFYING = "reviewRectifying";
    /** The agency one rectification is for (the multi-instance element). */
    public static final String AGENCY = "reviewAgency";
    public static final String AGENCY_FINDINGS = "reviewAgencyFindings";
    public static final String DUE_ON = "reviewDueOn";
    public static final String MEASURES = "rectificationMeasures";
    /** {@code accepted} or {@code returned}: the supervisor's check of a rectification. */
    public static final String CHECK = "rectificationCheck";
    public static final String OPINION = "rectificationOpinion";
    /** Whether the supervisor found the rectification done: derived from the check, the gateway's only input. */
    public static final String ACCEPTED = "reviewAccepted";
    public static final String END_RECTIFIED = "End_Rectified";

    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private CaseFileReviewProcess() {
    }

    /** The chain a round is recorded in: {@code PCJC-20261208-100000}, by the server's clock and zone. */
    public static String businessKey(Instant at, ZoneId zone) {
        return "PCJC-" + KEY_TIME.format(at.atZone(zone));
    }
}
