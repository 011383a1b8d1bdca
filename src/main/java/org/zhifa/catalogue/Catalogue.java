package org.zhifa.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.catalogue.process.CatalogueChangeProcess;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.engine.EngineCalls;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;

/**
 * Each agency's pre-enforcement catalogue (PM7) and its changes (PM15). A disclosure officer proposes a change of an
 * entry of a maintained section (see {@link CatalogueSettings}); it is an insert-only version and starts
 * {@code bpmn/catalogue-change.bpmn}, which has it reviewed and published within 20 working days (PM14), warns the
 * agency head before the deadline and flags it overdue after (PM20.5). The change runs under the entry's own business
 * key, so every step is also in a hash-chained record; its steps are {@link CatalogueChanges}.
 */
@Service
public class Catalogue {

    /** A published entry, as the portal shows it. */
    public record Item(String agencyCode, String section, String key, String title, Map<String, String> content,
            int version, Instant publishedAt) {
    }

    /**
     * One version of an entry and what became of it.
     *
     * @param outcome {@code null} while it waits for review, then published or returned
     * @param overdue its deadline passed before it was decided
     * @param late    it was published after its deadline
     */
    public record Version(long id, String agencyCode, String section, String key, int version, String title,
            Map<String, String> content, boolean removal, String note, String changedBy, Instant changedAt,
            LocalDate dueDate, String outcome, String reason, boolean late, String decidedBy, Instant decidedAt,
            boolean overdue) {

        @com.fasterxml.jackson.annotation.JsonProperty("state")
        public String state() {
            return outcome == null ? "pending" : outcome;
        }
    }

    private final CatalogueVersions versions;
    private final Directory directory;
    private final CatalogueSettings settings;
    private final ProcessEngine engine;
    private final Clock clock;

    Catalogue(CatalogueVersions versions, Directory directory, CatalogueSettings settings, ProcessEngine engine,
            Clock clock) {
        this.versions = versions;
        this.directory = directory;
        this.settings = settings;
        this.engine = engine;
        this.clock = clock;
    }

    /** The sections disclosure officers maintain, in portal order. */
    public List<CatalogueSettings.Section> sections() {
        return settings.sections();
    }

    /**
     * Proposes a new or changed entry; it is published once reviewed.
     *
     * @throws Refusal naming a wrong field; not found for an unknown agency or section; a conflict while an earlier
     *                 change of the entry waits for review
     */
    @Transactional
    public Version propose(String agencyCode, String sectionCode, String key, String title, Map<String, ?> content,
            String note, String user) {
        Agency agency = agency(agencyCode);
        CatalogueSettings.Section section = section(sectionCode);
        CatalogueEntries.requireKey(key);
        if (title == null || title.isBlank() || title.strip().length() > CatalogueEntries.MAX_TITLE) {
            throw new InvalidInput("title（事项名称）不能为空，不超过 255 个字符");
        }
        return start(agency, section, key, title.strip(), CatalogueEntries.fields(section, content), false, note,
                user);
    }

    /**
     * Proposes to take a published entry off the catalogue (a power abolished, an item no longer inspected).
     *
     * @throws Refusal not found if the entry is not published; a conflict while a change of it waits for review
     */
    @Transactional
    public Version proposeRemoval(String agencyCode, String sectionCode, String key, String note, String user) {
        Agency agency = agency(agencyCode);
        CatalogueSettings.Section section = section(sectionCode);
        Item item = item(agencyCode, sectionCode, key).orElseThrow(() -> new NotFound(
                "栏目“" + section.name() + "”中没有已公示的事项 " + key));
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note（删除理由）不能为空");
        }
        return start(agency, section, key, item.title(), item.content(), true, note, user);
    }

    private Version start(Agency agency, CatalogueSettings.Section section, String key, String title,
            Map<String, String> content, boolean removal, String note, String user) {
        if (note != null && note.strip().length() > CatalogueEntries.MAX_NOTE) {
            throw new InvalidInput("note（变更说明）不能超过 1024 个字符");
        }
        versions.pending(agency.getCode(), section.code(), key).ifPresent(waiting -> {
            throw new StateConflict(conflict(key, waiting));
        });
        Map<String, Object> variables = new HashMap<>();
        variables.put(CatalogueChangeProcess.AGENCY, agency.getCode());
        variables.put(CatalogueChangeProcess.SECTION, section.code());
        variables.put(CatalogueChangeProcess.ITEM_KEY, key);
        variables.put(CatalogueChangeProcess.TITLE, title);
        variables.put(CatalogueChangeProcess.CONTENT, versions.write(content));
        variables.put(CatalogueChangeProcess.REMOVAL, removal);
        variables.put(CatalogueChangeProcess.NOTE, note == null ? "" : note.strip());
        variables.put(CatalogueChangeProcess.CHANGED_BY, user);
        String instance = EngineCalls.asServer(engine, () -> engine.getRuntimeService().startProcessInstanceByKey(
                CatalogueChangeProcess.KEY, CatalogueEntries.businessKey(agency.getCode(), section.code(), key),
                variables).getId());
        return versions.byProcess(instance).orElseThrow();
    }

    /**
     * Publishes an entry without review — for seeding a new installation's catalogue from configuration (demo
     * profile); the version and its decision are recorded like any other, by {@code system}.
     */
    @Transactional
    void seed(String agencyCode, String sectionCode, String key, String title, Map<String, ?> content, String note) {
        CatalogueSettings.Section section = section(sectionCode);
        CatalogueEntries.requireKey(key);
        Map<String, String> fields = CatalogueEntries.fields(section, content);
        long id = versions.insert(agencyCode, sectionCode, key, versions.nextVersion(agencyCode, sectionCode, key),
                title, fields, false, note, "system", LocalDate.now(clock), null);
        Version version = versions.byId(id);
        versions.decide(version, "published", null, "system");
        versions.project(version);
    }

    /** What the portal shows of an agency's maintained sections: published entries, by section then key. */
    @Transactional(readOnly = true)
    public Map<String, List<Item>> published(String agencyCode) {
        return versions.published(agencyCode, settings.sections().stream().map(CatalogueSettings.Section::code)
                .toList());
    }

    /** One published entry. */
    @Transactional(readOnly = true)
    public Optional<Item> item(String agencyCode, String section, String key) {
        return versions.item(agencyCode, section, key);
    }

    /** Every version of an entry, newest first. */
    @Transactional(readOnly = true)
    public List<Version> versions(String agencyCode, String section, String key) {
        return versions.versions(agencyCode, section, key);
    }

    /** The published changes of an agency's catalogue, newest first: what the public change log shows. */
    @Transactional(readOnly = true)
    public List<Version> changeLog(String agencyCode, int limit) {
        return versions.changeLog(agencyCode, limit);
    }

    /** Changes overdue, still open past their deadline on {@code today}, or published late; oldest deadline first. */
    @Transactional(readOnly = true)
    public List<Version> attention(LocalDate today) {
        return versions.attention(today);
    }

    /** Every change still awaiting its review, whose publication clock (PM16) runs. */
    public List<Version> awaiting() {
        return versions.awaiting();
    }

    /** The labels of a section's fields, for pages that show entries. */
    public Map<String, String> labels(String sectionCode) {
        return settings.section(sectionCode).map(s -> s.fields().stream().collect(Collectors.toMap(
                CatalogueSettings.Field::name, CatalogueSettings.Field::label, (a, b) -> a, LinkedHashMap::new)))
                .orElseGet(LinkedHashMap::new);
    }

    String conflict(String key, Version waiting) {
        return "事项 " + key + " 已有待审核的变更（第 " + waiting.version() + " 版，"
                + waiting.changedAt().atZone(clock.getZone()).toLocalDate() + " 提交），请先在任务中审核";
    }

    private Agency agency(String code) {
        return directory.agency(code).orElseThrow(() -> new NotFound("执法机关 " + code + " 未登记"));
    }

    private CatalogueSettings.Section section(String code) {
        return settings.section(code).orElseThrow(() -> new NotFound("没有公开栏目 " + code + "；可维护的栏目："
                + settings.sections().stream().map(s -> s.code() + "（" + s.name() + "）")
                        .collect(Collectors.joining("、"))));
    }
}
