package org.zhifa.testing;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.zhifa.cases.process.RoutineInspectionProcess;

/** Cases of the seed model {@code routine-inspection}, driven the way users drive them. */
public final class Inspections {

    public static final String PROCESS = RoutineInspectionProcess.KEY;

    private final Tasklist tasklist;

    public Inspections(Http http) {
        this.tasklist = new Tasklist(http);
    }

    public Tasklist tasklist() {
        return tasklist;
    }

    /** A handler (zhangsan) plans an inspection from the start form; the server numbers the case unless given a key. */
    public JsonNode plan(String businessKey) {
        return tasklist.start("zhangsan", PROCESS, businessKey, Http.variables("subjectName", "昆明𠮷祥商贸有限公司",
                "subjectAddress", "昆明市五华区", "source", "random", "inspectionItems", "食品经营许可事项", "plannedDate",
                "2026-11-27"));
    }

    public static Map<String, Object> onSite(boolean violationFound) {
        return Http.variables("inspectionDate", "2026-11-27", "officer1Certificate", "53010012345",
                "officer2Certificate", "53010012346", "certificatesShown", true,
                "findings", violationFound ? "发现超过保质期的食品" : "未发现问题", "violationFound", violationFound);
    }

    public static Map<String, Object> review() {
        return Http.variables("reviewOpinion", "同意移送立案", "proposeFiling", true);
    }
}
