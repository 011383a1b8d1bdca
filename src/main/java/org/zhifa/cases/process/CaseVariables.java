package org.zhifa.cases.process;

import org.springframework.modulith.NamedInterface;

/**
 * Variables every case model keeps under the same name, whichever model it is: written by the server (numbering,
 * filing, the decision) and read by the case's queries, documents and deadlines. A model's own step variables are
 * named in its names class or in its step rules.
 */
@NamedInterface("names")
public final class CaseVariables {

    /** The case's number (案件编号), the process business key. */
    public static final String CASE_NUMBER = "caseNumber";
    /** The enforcement agency's code and name, from the directory. */
    public static final String AGENCY_CODE = "agencyCode";
    public static final String AGENCY_NAME = "agencyName";
    /** The party (当事人) of an officer-initiated case, the applicant of an application. */
    public static final String PARTY_NAME = "partyName";
    public static final String APPLICANT_NAME = "applicantName";
    /** The decision's document number and date, once issued. */
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DATE = "decisionDate";
    /** The day the case was filed (立案), ISO date. */
    public static final String FILED_AT = "filedAt";

    private CaseVariables() {
    }
}
