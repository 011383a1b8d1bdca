package org.zhifa.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/** The role groups of an enforcement agency, as process models name them in candidate groups. */
public final class Roles {

    public static final String WINDOW_CLERK = "window-clerk";
    public static final String HANDLER = "handler";
    public static final String UNIT_REVIEWER = "unit-reviewer";
    public static final String LEGAL_REVIEWER = "legal-reviewer";
    public static final String LEADER = "leader";
    public static final String COMMITTEE = "committee";
    public static final String DISCLOSURE_OFFICER = "disclosure-officer";
    public static final String ARCHIVIST = "archivist";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "camunda-admin";

    /** Group id to its Chinese name, in the order the Admin webapp should list them. */
    public static final Map<String, String> NAMES;

    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(WINDOW_CLERK, "窗口工作人员");
        names.put(HANDLER, "承办人");
        names.put(UNIT_REVIEWER, "承办机构审核人");
        names.put(LEGAL_REVIEWER, "法制审核人员");
        names.put(LEADER, "行政机关负责人");
        names.put(COMMITTEE, "集体讨论成员");
        names.put(DISCLOSURE_OFFICER, "执法公示人员");
        names.put(ARCHIVIST, "档案管理人员");
        names.put(SUPERVISOR, "执法监督人员");
        names.put(ADMIN, "系统管理员");
        NAMES = java.util.Collections.unmodifiableMap(names);
    }

    /** Groups whose members work in Tasklist. */
    public static final String[] STAFF = { WINDOW_CLERK, HANDLER, UNIT_REVIEWER, LEGAL_REVIEWER, LEADER, COMMITTEE,
            DISCLOSURE_OFFICER, ARCHIVIST, SUPERVISOR };

    private Roles() {
    }
}
