package org.zhifa.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.catalogue.Catalogue.Item;
import org.zhifa.catalogue.Catalogue.Version;
import org.zhifa.catalogue.process.CatalogueChangeProcess;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.disclosure.DisclosureSettings;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.shared.InvalidInput;

/**
 * The steps of {@code bpmn/catalogue-change.bpmn} (PM15): naming a change started from Tasklist, registering it as a
 * new version with its publication deadline (PM14), publishing or returning it after review, flagging it overdue
 * (PM20.5). The process glue in {@code catalogue/process} calls one method per step.
 */
@Service
public class CatalogueChanges {

    private static final String STEP = "事前公开目录变更";

    /**
     * A change as its process was started: from the API ({@code content} as stored JSON, checked already) or from
     * Tasklist's start form ({@code contentText} as lines of 字段名称：内容).
     */
    public record Change(String agencyCode, String section, String key, String title, String content,
            String contentText, boolean removal, String note, String changedBy) {
    }

    /** What registering a change derived: what reviewers read, and the deadline of its publication. */
    public record Registration(String agencyName, String sectionName, int version, String title, String changeText,
            String note, String changedBy, Deadline deadline) {
    }

    private final CatalogueVersions versions;
    private final Catalogue catalogue;
    private final Directory directory;
    private final CatalogueSettings settings;
    private final DisclosureSettings deadlines;
    private final WorkingDays workingDays;
    private final Clock clock;

    CatalogueChanges(CatalogueVersions versions, Catalogue catalogue, Directory directory, CatalogueSettings settings,
            DisclosureSettings deadlines, WorkingDays workingDays, Clock clock) {
        this.versions = versions;
        this.catalogue = catalogue;
        this.directory = directory;
        this.settings = settings;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * The business key of a change started from Tasklist's start form, {@code CAT-agency-section-key}.
     *
     * @throws InvalidSubmissionException naming each start field that is missing or wrong
     */
    public String businessKey(String agencyCode, String sectionCode, String key) {
        List<FieldError> errors = new ArrayList<>();
        if (agencyCode == null || directory.agency(agencyCode).isEmpty()) {
            errors.add(new FieldError(CatalogueChangeProcess.AGENCY, "执法机关代码",
                    agencyCode == null ? "必须填写" : agencyCode + " 未登记"));
        }
        if (sectionCode == null || settings.section(sectionCode).isEmpty()) {
            errors.add(new FieldError(CatalogueChangeProcess.SECTION, "公开栏目", "请选择栏目"));
        }
        if (!CatalogueEntries.validKey(key)) {
            errors.add(new FieldError(CatalogueChangeProcess.ITEM_KEY, "事项编码", "应为 1–64 个字母、数字、点、下划线或连字符"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(STEP, errors);
        }
        return CatalogueEntries.businessKey(agencyCode, sectionCode, key);
    }

    /**
     * Registers the change a process was started with as a new version, due for publication 20 working days from
     * today (PM14, PM15).
     *
     * @throws InvalidSubmissionException naming each field that is wrong, or the entry's change still under review
     */
    @Transactional
    public Registration register(Change change, String processInstanceId) {
        Agency agency = directory.agency(change.agencyCode()).orElseThrow();
        CatalogueSettings.Section section = settings.section(change.section()).orElseThrow();
        String key = change.key();
        String title = change.title();
        Map<String, String> content = Map.of();
        List<FieldError> errors = new ArrayList<>();
        if (change.removal()) {
            Item item = catalogue.item(agency.getCode(), section.code(), key).orElseThrow(
                    () -> new InvalidSubmissionException(STEP, List.of(new FieldError(CatalogueChangeProcess.ITEM_KEY,
                            "事项编码", "栏目“" + section.name() + "”中没有已公示的事项 " + key + "，无须删除"))));
            title = item.title();
            content = item.content();
            if (change.note() == null) {
                errors.add(new FieldError(CatalogueChangeProcess.NOTE, "变更说明", "删除事项的，应当写明理由"));
            }
        } else {
            content = content(section, change, errors);
            if (title == null || title.length() > CatalogueEntries.MAX_TITLE) {
                errors.add(new FieldError(CatalogueChangeProcess.TITLE, "事项名称", "必须填写，不超过 255 个字符"));
            }
        }
        if (change.note() != null && change.note().length() > CatalogueEntries.MAX_NOTE) {
            errors.add(new FieldError(CatalogueChangeProcess.NOTE, "变更说明", "不能超过 1024 个字符"));
        }
        versions.pending(agency.getCode(), section.code(), key).ifPresent(waiting -> errors.add(
                new FieldError(CatalogueChangeProcess.ITEM_KEY, "事项编码", catalogue.conflict(key, waiting))));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(STEP, errors);
        }
        Deadline deadline = Deadline.of(LocalDate.now(clock), deadlines.otherWorkingDays(),
                deadlines.warningWorkingDays(), workingDays, clock.getZone());
        int version = versions.nextVersion(agency.getCode(), section.code(), key);
        versions.insert(agency.getCode(), section.code(), key, version, title, content, change.removal(),
                change.note(), change.changedBy(), deadline.lastDay(), processInstanceId);
        return new Registration(agency.getName(), section.name(), version, title,
                (change.removal() ? "【删除该事项】\n" : "") + CatalogueEntries.readable(section, content),
                change.note() == null ? "" : change.note(), change.changedBy(), deadline);
    }

    private Map<String, String> content(CatalogueSettings.Section section, Change change, List<FieldError> errors) {
        if (change.content() != null) {
            return versions.read(change.content());
        }
        try {
            return CatalogueEntries.fromLines(section, change.contentText());
        } catch (InvalidInput wrong) {
            errors.add(new FieldError(CatalogueChangeProcess.CONTENT_TEXT, "内容", wrong.getMessage()));
            return Map.of();
        }
    }

    /** Publishes the reviewed version of the change: the portal shows it (or no longer shows a removal) from now on. */
    @Transactional
    public void publish(String processInstanceId, String user) {
        Version version = byProcess(processInstanceId);
        versions.decide(version, "published", null, user);
        versions.project(version);
    }

    /**
     * Returns the change to the one who made it, with the reviewer's reasons; nothing is published.
     *
     * @throws InvalidSubmissionException without a reason, or one over 1024 characters
     */
    @Transactional
    public void returnChange(String processInstanceId, String reason, String user) {
        if (reason == null || reason.isBlank() || reason.strip().length() > CatalogueEntries.MAX_NOTE) {
            throw new InvalidSubmissionException("审核并公示目录变更", List.of(new FieldError(
                    CatalogueChangeProcess.REASON, "退回理由", "退回的，应当写明理由（不超过 1024 个字符）")));
        }
        versions.decide(byProcess(processInstanceId), "returned", reason.strip(), user);
    }

    /** The deadline passed before the change was decided (PM20.5): flagged for supervisors; the task stays open. */
    @Transactional
    public void markOverdue(String processInstanceId) {
        versions.flagOverdue(byProcess(processInstanceId).id());
    }

    private Version byProcess(String processInstanceId) {
        return versions.byProcess(processInstanceId).orElseThrow(() -> new IllegalStateException(
                "流程 " + processInstanceId + " 没有对应的目录变更"));
    }
}
