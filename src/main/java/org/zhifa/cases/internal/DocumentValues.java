package org.zhifa.cases.internal;

import static org.zhifa.cases.process.ApplicationCaseProcess.ACCEPTED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.APPLICATION_NUMBER;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS_TEXT;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_LEGAL_BASIS;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_NAME;
import static org.zhifa.cases.process.CaseVariables.APPLICANT_NAME;
import static org.zhifa.cases.process.CaseVariables.CASE_NUMBER;
import static org.zhifa.cases.process.CaseVariables.PARTY_NAME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.zhifa.documents.Documents;

/**
 * The values of a case's notices and decisions, by the names their templates use ({@code documents/}), read from the
 * case's values as the caller holds them: a decision's from what its steps recorded and was reviewed. Dates are
 * written as documents write them (2026年3月5日). The records of single steps are {@link StepRecordValues}.
 */
public final class DocumentValues {

    public static final Map<String, String> PENALTY_NAMES = Map.ofEntries(Map.entry("noPenalty", "不予行政处罚"),
            Map.entry("warning", "警告、通报批评"), Map.entry("fine", "罚款"), Map.entry("confiscateGains", "没收违法所得"),
            Map.entry("confiscateItems", "没收非法财物"), Map.entry("suspendLicence", "暂扣许可证件"),
            Map.entry("lowerQualification", "降低资质等级"), Map.entry("revokeLicence", "吊销许可证件"),
            Map.entry("restrictBusiness", "限制开展生产经营活动"), Map.entry("suspendBusiness", "责令停产停业"),
            Map.entry("closeBusiness", "责令关闭"), Map.entry("restrictPractice", "限制从业"),
            Map.entry("other", "其他行政处罚"));

    private DocumentValues() {
    }

    /** 行政处罚决定书 or 不予行政处罚决定书. */
    public static Map<String, Object> decision(Function<String, Object> c, List<String> penalties) {
        Map<String, Object> values = party(c);
        copy(values, c, "caseCause", "facts", "evidenceList", "statementSummary", "legalBasis", "discretionRule");
        values.put("statementMade", Boolean.TRUE.equals(c.apply("statementMade")));
        values.put("hearingHeld", Boolean.TRUE.equals(c.apply("hearingHeld")));
        values.put("hearingHeldAt", date(c.apply("hearingHeldAt")));
        if (!penalties.contains(Penalties.NO_PENALTY)) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (String penalty : penalties) {
                String name = PENALTY_NAMES.getOrDefault(penalty, penalty);
                lines.add(Documents.penalty(name, penalty.equals(Penalties.FINE) ? CaseValues.money(c.apply("fineAmount"))
                        : penalty.equals(Penalties.CONFISCATE_GAINS) ? CaseValues.money(c.apply("illegalGains")) : null,
                        penalty.equals(Penalties.CONFISCATE_ITEMS) ? CaseValues.text(c, "confiscatedItems") : null));
            }
            values.put("penalties", lines);
            values.put("fined", penalties.contains(Penalties.FINE));
        }
        return values;
    }

    /** 行政处罚事先告知书. */
    public static Map<String, Object> rightsNotice(Function<String, Object> c, List<String> penalties,
            boolean hearingRight, LocalDate lastDay) {
        Map<String, Object> values = party(c);
        copy(values, c, "caseCause", "proposedDetails");
        List<Map<String, Object>> proposed = new ArrayList<>();
        for (String penalty : penalties) {
            proposed.add(Documents.penalty(PENALTY_NAMES.getOrDefault(penalty, penalty),
                    penalty.equals(Penalties.FINE) ? CaseValues.money(c.apply("proposedFine")) : null, null));
        }
        values.put("proposedPenalties", proposed);
        values.put("hearingRight", hearingRight);
        values.put("hearingRequestLastDay", lastDay == null ? null : Documents.DATE.format(lastDay));
        return values;
    }

    /** 补正材料通知书. */
    public static Map<String, Object> supplementNotice(Function<String, Object> c) {
        Map<String, Object> values = applicant(c);
        values.put("receivedAt", date(c.apply(RECEIVED_AT)));
        values.put("missingMaterials", CaseValues.text(c, MISSING_MATERIALS_TEXT));
        copy(values, c, "noticeNotes");
        return values;
    }

    /** 受理通知书. */
    public static Map<String, Object> acceptanceNotice(Function<String, Object> c) {
        Map<String, Object> values = applicant(c);
        values.put("acceptedAt", date(c.apply(ACCEPTED_AT)));
        values.put("decisionLastDay", date(c.apply(DECISION_LAST_DAY)));
        return values;
    }

    /** 不予受理决定书. */
    public static Map<String, Object> nonAcceptance(Function<String, Object> c) {
        Map<String, Object> values = applicant(c);
        copy(values, c, "rejectionReason");
        return values;
    }

    /** 准予行政许可决定书 or 不予行政许可决定书. */
    public static Map<String, Object> licensingDecision(Function<String, Object> c, boolean granted) {
        Map<String, Object> values = applicant(c);
        values.put("receivedAt", date(c.apply(RECEIVED_AT)));
        values.put("acceptedAt", date(c.apply(ACCEPTED_AT)));
        if (granted) {
            values.put("serviceItemLegalBasis", CaseValues.text(c, SERVICE_ITEM_LEGAL_BASIS));
            copy(values, c, "certificateName", "certificateNumber");
        } else {
            copy(values, c, "decisionReasons");
        }
        return values;
    }

    static Map<String, Object> party(Function<String, Object> c) {
        Map<String, Object> values = new HashMap<>();
        values.put("partyName", CaseValues.text(c, PARTY_NAME));
        copy(values, c, "partyType", "partyIdNumber", "legalRepresentative", "partyAddress");
        values.put("caseNumber", CaseValues.text(c, CASE_NUMBER));
        return values;
    }

    static Map<String, Object> applicant(Function<String, Object> c) {
        Map<String, Object> values = new HashMap<>();
        values.put("applicantName", CaseValues.text(c, APPLICANT_NAME));
        copy(values, c, "applicantIdNumber", "legalRepresentative");
        values.put("serviceItemName", CaseValues.text(c, SERVICE_ITEM_NAME));
        values.put("applicationNumber", CaseValues.text(c, APPLICATION_NUMBER));
        values.put("caseNumber", CaseValues.text(c, CASE_NUMBER) == null ? CaseValues.text(c, APPLICATION_NUMBER)
                : CaseValues.text(c, CASE_NUMBER));
        return values;
    }

    private static void copy(Map<String, Object> values, Function<String, Object> c, String... names) {
        for (String name : names) {
            values.put(name, CaseValues.text(c, name));
        }
    }

    /** An ISO date (or date-time) as documents write it; anything else as it is. */
    static String date(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                return Documents.DATE.format(LocalDate.parse(text.substring(0, 10)));
            } catch (java.time.DateTimeException notADate) {
                return text;
            }
        }
        return text;
    }
}
