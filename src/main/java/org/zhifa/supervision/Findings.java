package org.zhifa.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.disclosure.DisclosureOversight;
import org.zhifa.engine.VariableLabels;
import org.zhifa.evidence.EvidenceItem;
import org.zhifa.evidence.Interruptions;
import org.zhifa.evidence.StorageDeadlines;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The findings of accountability (RM24.1–RM24.5, PM20.1–PM20.5): each a concrete item — the case, the step, when,
 * who — read from where the other modules keep the facts: the record's irregular entries, the latest tamper run,
 * recordings interrupted without their written explanation, recordings stored late, publications not made or made
 * late, catalogue changes late.
 */
@Service
public class Findings {

    /** A kind of finding, with the law it answers to. */
    public enum Kind {
        RECORD_ALTERED("RM24.4", "全过程记录被改动、删除或与检查点不符"),
        VARIABLE_CHANGED("RM24.4", "在办案步骤之外修改案件数据"),
        STEP_CANCELLED("RM24.1", "办案步骤被流程修改取消或案件被删除"),
        HISTORY_DELETED("RM24.4", "案件历史被删除"),
        UNMAPPED_STEP("RM24.1", "步骤没有对应的法定环节"),
        RECORDING_UNEXPLAINED("RM24.2", "音像记录中断且无法恢复，未作书面说明"),
        STORED_LATE("RM24.3", "音像记录未在两个工作日内存储"),
        NOT_PUBLISHED("PM20.1", "应公开的执法决定逾期未公开"),
        PUBLISHED_LATE("PM20.5", "执法决定超过期限公开"),
        CHANGE_LATE("PM20.5", "执法决定变更、撤销后未按期更新公开"),
        CATALOGUE_LATE("PM20.5", "事前公开信息变更未按期更新");

        private final String law;
        private final String label;

        Kind(String law, String label) {
            this.law = law;
            this.label = label;
        }

        public String law() {
            return law;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One finding.
     *
     * @param step   the step concerned, by name, or null
     * @param people who did it or is responsible, or null where no one is named
     */
    public record Finding(Kind kind, String law, String label, String businessKey, String step, Instant at,
            String people, String detail) {
    }

    private static final int RECORD_LIMIT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseRecord caseRecord;
    private final TamperRuns tamperRuns;
    private final Interruptions interruptions;
    private final StorageDeadlines storage;
    private final DisclosureOversight disclosure;
    private final Catalogue catalogue;
    private final Clock clock;
    private final Map<String, String> labels = new HashMap<>();

    Findings(CaseRecord caseRecord, TamperRuns tamperRuns, Interruptions interruptions, StorageDeadlines storage,
            DisclosureOversight disclosure, Catalogue catalogue, List<VariableLabels> labels, Clock clock) {
        labels.forEach(l -> this.labels.putAll(l.labels()));
        this.caseRecord = caseRecord;
        this.tamperRuns = tamperRuns;
        this.interruptions = interruptions;
        this.storage = storage;
        this.disclosure = disclosure;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Every finding of one kind (null: all), newest first. */
    public List<Finding> all(Kind only) {
        List<Finding> found = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        tamperRuns.latest(1).stream().findFirst().ifPresent(run -> run.findings().forEach(f -> found.add(finding(
                Kind.RECORD_ALTERED, f.businessKey(), f.seq() == null || f.seq() == 0 ? null : "第 " + f.seq() + " 条记录",
                run.finishedAt(), null, f.reason() + "（" + run.businessKey() + "）"))));
        for (RecordEntry e : caseRecord.irregularEntries(RECORD_LIMIT)) {
            found.add(fromRecord(e));
        }
        for (RecordEntry e : caseRecord.unmappedEntries(RECORD_LIMIT)) {
            found.add(finding(Kind.UNMAPPED_STEP, e.getBusinessKey(), e.getActivityName(), e.getEndedAt(), e.getActor(),
                    e.getProcessDefinitionKey() + " v" + e.getProcessDefinitionVersion() + " 的 " + e.getActivityId()
                            + " 没有 law 属性"));
        }
        for (Interruptions.Interruption i : interruptions.unexplained()) {
            found.add(finding(Kind.RECORDING_UNEXPLAINED, i.businessKey(), i.step(), i.stoppedAt(), i.reportedBy(),
                    "中断原因：" + i.reason() + (i.remarks() == null ? "" : "；" + i.remarks())));
        }
        for (EvidenceItem item : storage.storedLate()) {
            found.add(finding(Kind.STORED_LATE, item.businessKey(), item.step(), item.uploadedAt(), item.uploadedBy(),
                    item.fileName() + "：最迟 " + item.storageLastDay() + " 存储，实际 "
                            + item.uploadedAt().atZone(zone).toLocalDate()));
        }
        for (DisclosureOversight.Attention a : disclosure.attention(today)) {
            Instant due = a.deadline() == null ? null : a.deadline().atStartOfDay(zone).toInstant();
            String what = a.decisionNumber() + "（" + a.agencyName() + "），期限 " + a.deadline();
            if (a.overdue()) {
                found.add(finding(Kind.NOT_PUBLISHED, a.businessKey(), null, due, null, what));
            }
            if (a.late()) {
                found.add(finding(Kind.PUBLISHED_LATE, a.businessKey(), null, due, null, what));
            }
            if (a.changesLate()) {
                found.add(finding(Kind.CHANGE_LATE, a.businessKey(), null, due, null, what));
            }
        }
        for (Catalogue.Version v : catalogue.attention(today)) {
            if (v.late() || v.overdue()) {
                found.add(finding(Kind.CATALOGUE_LATE, null, v.title(), v.changedAt(), v.changedBy(), v.agencyCode()
                        + " " + v.section() + "/" + v.key() + " 第 " + v.version() + " 版，期限 " + v.dueDate()));
            }
        }
        return found.stream().filter(f -> only == null || f.kind() == only)
                .sorted(Comparator.comparing(Finding::at, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    private Finding fromRecord(RecordEntry e) {
        String detail = e.getDetail() == null ? "" : e.getDetail();
        if ("variableChange".equals(e.getActivityType())) {
            return finding(Kind.VARIABLE_CHANGED, e.getBusinessKey(), e.getActivityName(), e.getEndedAt(), e.getActor(),
                    "记录第 " + e.getSeq() + " 条：修改了 " + changed(detail));
        }
        if (detail.contains("\"outcome\":\"historyDeleted\"")) {
            return finding(Kind.HISTORY_DELETED, e.getBusinessKey(), e.getActivityName(), e.getEndedAt(), e.getActor(),
                    "记录第 " + e.getSeq() + " 条");
        }
        String why = detail.contains("\"cause\":\"modification\"") ? "因流程修改（cancel / startBefore）中断"
                : detail.contains("\"cause\":\"deletion\"") ? "因案件被删除中断" : "案件流程被取消";
        return finding(Kind.STEP_CANCELLED, e.getBusinessKey(), e.getActivityName(), e.getEndedAt(), e.getActor(),
                "记录第 " + e.getSeq() + " 条：" + why);
    }

    /** The variables a change outside the steps wrote, by their labels where known: {@code 笔录摘要（transcriptSummary）}. */
    private String changed(String detail) {
        List<String> names = new ArrayList<>();
        try {
            JSON.readTree(detail).path(CaseRecord.CHANGES).forEach(c -> {
                String name = c.path("name").asText();
                String label = labels.get(name);
                names.add((label == null ? name : label + "（" + name + "）") + (c.path("removed").asBoolean()
                        ? "（删除）" : ""));
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            return shorten(detail);
        }
        return String.join("、", names);
    }

    private static Finding finding(Kind kind, String businessKey, String step, Instant at, String people,
            String detail) {
        return new Finding(kind, kind.law(), kind.label(), businessKey, step, at, people, detail);
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
