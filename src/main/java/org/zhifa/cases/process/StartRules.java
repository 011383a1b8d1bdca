package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.AGENCY_NAME;
import static org.zhifa.cases.process.FilingRules.notInFuture;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.zhifa.cases.PartyIds;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.shared.InvalidInput;

/**
 * The rules of the start forms (案件来源登记, 检查立项), which are steps like any other: every choice one the form
 * offers, the party's identity number valid for its kind (resident ID check digit, unified social credit code), a
 * telephone that is a telephone, dates that exist and are not in the future. A refusal starts nothing and takes no
 * case number. An inspection belongs to the agency of the officer who plans it (RM11.2), as a case to the agency of
 * the officer who reports it ({@link CaseOpening}). The application's intake is checked by {@link org.zhifa.cases.ApplicationCheck} as it is registered.
 */
final class StartRules {

    /** A telephone as people write it: digits, +, brackets, hyphens and spaces. */
    private static final String PHONE = "[0-9+() -]{5,32}";

    private final Directory directory;

    StartRules(Directory directory) {
        this.directory = directory;
    }

    void register(Map<String, StepRule> officer, Map<String, StepRule> inspection) {
        officer.put(OfficerInitiatedCaseProcess.START_EVENT_CASE_REPORTED, s -> {
            s.choice("caseKind", "案件类型", "penalty", "coercion", "inspection");
            s.choice("source", "案件来源", "inspection", "complaint", "report", "referral", "transfer", "other");
            s.text("sourceDetail", "来源说明");
            s.text("caseCause", "案由");
            party(s, s.choice("partyType", "当事人类型", "person", "organisation"));
            reportedAt(s, "reportedAt", "发现或收到线索日期");
        });
        inspection.put(RoutineInspectionProcess.START_EVENT_INSPECTION_PLANNED, s -> {
            s.text("subjectName", "检查对象");
            s.text("subjectAddress", "检查对象地址");
            s.choice("source", "检查来源", "random", "routine", "complaint", "referral", "other");
            s.text("inspectionItems", "检查事项");
            s.date("plannedDate", "计划检查日期");
            agencyOfInitiator(s);
        });
    }

    private void agencyOfInitiator(Submission s) {
        Object initiator = s.get("initiator");
        try {
            if (initiator == null) {
                throw new InvalidInput("检查立项须由登录的执法人员提交");
            }
            Agency agency = directory.agencyOf(initiator.toString());
            s.set(AGENCY_CODE, agency.getCode());
            s.set(AGENCY_NAME, agency.getName());
        } catch (InvalidInput e) {
            s.reject("initiator", "立项人", e.getMessage());
        }
    }

    private static void party(Submission s, String type) {
        s.text("partyName", "当事人");
        String label = "person".equals(type) ? "身份证号码" : "统一社会信用代码";
        String number = s.text("partyIdNumber", label);
        if (number != null && type != null) {
            Optional<String> problem = "person".equals(type) ? PartyIds.personProblem(number)
                    : PartyIds.organisationProblem(number);
            problem.ifPresent(why -> s.reject("partyIdNumber", label, why));
        }
        String phone = s.optionalText("partyPhone");
        if (phone != null && !phone.matches(PHONE)) {
            s.reject("partyPhone", "联系电话", "“" + phone + "”不是电话号码（数字、+、括号、连字符或空格，5–32 个字符）");
        }
    }

    private static void reportedAt(Submission s, String field, String label) {
        LocalDate date = s.date(field, label);
        notInFuture(s, field, label, date);
    }
}
