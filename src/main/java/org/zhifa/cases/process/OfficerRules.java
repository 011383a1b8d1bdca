package org.zhifa.cases.process;

import static org.zhifa.cases.process.FilingRules.notInFuture;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.zhifa.directory.Directory;
import org.zhifa.directory.Officer;
import org.zhifa.shared.InvalidInput;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The officers of a case or an inspection (RM11.2): at least two of the agency's own officers, each holding a
 * certificate valid on the day they showed it. Their forms offer the agency's officers ({@value #OPTIONS}); the rule
 * checks the numbers against the directory whatever client sent them.
 */
final class OfficerRules {

    /** The task variable the officers' selects take their choices from ({@code valuesKey}). */
    static final String OPTIONS = "officerOptions";
    static final List<String> FIELDS = List.of("officer1Certificate", "officer2Certificate", "officer3Certificate");
    private static final List<String> LABELS = List.of("执法人员一", "执法人员二", "执法人员三");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Directory directory;
    private final ZoneId zone;

    OfficerRules(Directory directory, ZoneId zone) {
        this.directory = directory;
        this.zone = zone;
    }

    /**
     * Offers the officers of the case's agency (an inspection's: the agency of the officer who planned it) whose
     * certificates are not revoked and were valid within the last year: the day they showed them may be past, and the
     * rule checks that day.
     */
    void offerOfficers(DelegateTask task) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
        List<Map<String, String>> options = new ArrayList<>();
        Object agency = task.getVariable(CaseVariables.AGENCY_CODE);
        if (agency != null) {
            for (Officer officer : directory.officersOf(agency.toString())) {
                if (officer.isRevoked() || officer.getValidFrom() != null && officer.getValidFrom().isAfter(today)
                        || officer.getValidUntil() != null && officer.getValidUntil().isBefore(today.minusYears(1))) {
                    continue;
                }
                String expired = officer.invalidOn(today) == null ? "" : "，" + officer.getValidUntil() + " 已到期";
                options.add(Map.of("label", officer.getName() + "（执法证号 " + officer.getCertificateNumber() + expired
                        + "）", "value", officer.getCertificateNumber()));
            }
        }
        task.setVariableLocal(OPTIONS, SpinValues.jsonValue(JSON.valueToTree(options).toString()).create());
    }

    /** The officers' step of a case: two or three officers, certificates shown or the reason why not. */
    void caseOfficers(Submission s) {
        LocalDate shownAt = s.date("shownAt", "出示证件（到场）日期");
        notInFuture(s, "shownAt", "出示证件（到场）日期", shownAt);
        if (!s.flag("certificatesShown")) {
            s.text("certificatesNotShownReason", "未出示证件的原因");
        }
        named(s, require(s, FIELDS, shownAt));
    }

    /** The on-site inspection (RM11.4): two officers who showed their certificates, and what they found. */
    void inspectionOnSite(Submission s) {
        LocalDate day = s.date("inspectionDate", "检查日期");
        notInFuture(s, "inspectionDate", "检查日期", day);
        if (!s.flag("certificatesShown")) {
            s.reject("certificatesShown", "已向当事人出示执法证件", "现场检查应当出示执法证件（《行政处罚法》第五十五条）");
        }
        s.text("findings", "检查情况");
        named(s, require(s, FIELDS.subList(0, 2), day));
    }

    /** The officers as the case keeps them: certificates, names and the users who work its handlers' steps. */
    private static void named(Submission s, List<Officer> officers) {
        if (officers == null) {
            return;
        }
        s.set("officerCertificates", String.join(",", officers.stream().map(Officer::getCertificateNumber).toList()));
        s.set("officerNames", String.join("、", officers.stream().map(Officer::getName).toList()));
        s.set(CaseParticipants.OFFICER_USERS, String.join(",", officers.stream().map(Officer::getUserId)
                .filter(id -> id != null).toList()));
    }

    /** The officers named in the fields, if valid on the day and of the case's agency; null after a rejection. */
    private List<Officer> require(Submission s, List<String> fields, LocalDate day) {
        List<String> numbers = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (String field : fields) {
            String number = s.optionalText(field);
            if (number != null) {
                numbers.add(number);
                named.add(field);
            }
        }
        Object agency = s.get(CaseVariables.AGENCY_CODE);
        if (agency == null) {
            s.reject(fields.get(0), LABELS.get(0), "本案没有登记执法机关，无法确定执法人员（立案或检查立项须由登录的执法人员提交）");
            return null;
        }
        if (day == null) {
            return null;
        }
        List<Officer> officers;
        try {
            officers = directory.requireValidOfficers(numbers, day, 2);
        } catch (InvalidInput e) {
            int field = fieldOf(e.getMessage(), numbers, named, fields);
            s.reject(fields.get(field), LABELS.get(field), e.getMessage());
            return null;
        }
        for (int i = 0; i < officers.size(); i++) {
            Officer officer = officers.get(i);
            if (!agency.equals(officer.getAgencyCode())) {
                int field = fields.indexOf(named.get(i));
                s.reject(named.get(i), LABELS.get(field), "执法证号 " + officer.getCertificateNumber() + "（"
                        + officer.getName() + "）不是本机关（" + agency + "）的执法人员");
                return null;
            }
        }
        return officers;
    }

    /** The index of the form field holding the certificate number a directory message names. */
    private static int fieldOf(String message, List<String> numbers, List<String> named, List<String> fields) {
        for (int i = 0; i < numbers.size(); i++) {
            if (message.contains(numbers.get(i))) {
                return fields.indexOf(named.get(i));
            }
        }
        return 0;
    }
}
