package org.zhifa.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.directory.DirectoryChanged;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each agency's pre-enforcement catalogue (PM7) and its changes (PM15). A disclosure officer proposes a change of an
 * entry of a maintained section (powers, random-inspection items, remedies…, see {@link CatalogueSettings}); it is an
 * insert-only version and starts {@code bpmn/catalogue-change.bpmn}, which has it reviewed and published within 20
 * working days of the change (PM14), warns the agency head before the deadline and flags it overdue after (PM20.5).
 * The process runs under the entry's own business key, so every step is also in a hash-chained record. Entries the
 * directory keeps (agency, officers, service guides) are versioned here as they change and count as published at once.
 * Used as {@code catalogue} in the model.
 */
@Service("catalogue")
public class Catalogue {

    public static final String PROCESS = "catalogue-change";
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final TypeReference<LinkedHashMap<String, String>> CONTENT = new TypeReference<>() {
    };
    private static final int MAX_FIELD = 4000;

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

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final CatalogueSettings settings;
    private final DisclosureSettings deadlines;
    private final WorkingDays workingDays;
    private final ProcessEngineConfigurationImpl engine;
    private final IdentityService identity;
    private final ObjectMapper json;
    private final ZoneId zone;

    Catalogue(JdbcTemplate jdbc, Directory directory, CatalogueSettings settings, DisclosureSettings deadlines,
            WorkingDays workingDays, ProcessEngineConfiguration engine, IdentityService identity, ObjectMapper json,
            @Value("${zhifa.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.engine = (ProcessEngineConfigurationImpl) engine;
        this.identity = identity;
        this.json = json;
        this.zone = zone;
    }

    /** The sections disclosure officers maintain, in portal order. */
    public List<CatalogueSettings.Section> sections() {
        return settings.sections();
    }

    /**
     * Proposes a new or changed entry; it is published once reviewed.
     *
     * @throws Refusal 400 naming a wrong field, 404 for an unknown agency or section, 409 while an earlier
     *                             change of the entry waits for review
     */
    @Transactional
    public Version propose(String agencyCode, String sectionCode, String key, String title, Map<String, ?> content,
            String note, String user) {
        Agency agency = agency(agencyCode);
        CatalogueSettings.Section section = section(sectionCode);
        requireKey(key);
        if (title == null || title.isBlank() || title.strip().length() > 255) {
            throw new InvalidInput("title（事项名称）不能为空，不超过 255 个字符");
        }
        return start(agency, section, key, title.strip(), fields(section, content), false, note, user);
    }

    /**
     * Proposes to take a published entry off the catalogue (a power abolished, an item no longer inspected).
     *
     * @throws Refusal 404 if the entry is not published, 409 while a change of it waits for review
     */
    @Transactional
    public Version proposeRemoval(String agencyCode, String sectionCode, String key, String note, String user) {
        Agency agency = agency(agencyCode);
        CatalogueSettings.Section section = section(sectionCode);
        Item item = item(agencyCode, sectionCode, key).orElseThrow(() -> new NotFound("栏目“" + section.name() + "”中没有已公示的事项 " + key));
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note（删除理由）不能为空");
        }
        return start(agency, section, key, item.title(), item.content(), true, note, user);
    }

    private Version start(Agency agency, CatalogueSettings.Section section, String key, String title,
            Map<String, String> content, boolean removal, String note, String user) {
        if (note != null && note.strip().length() > 1024) {
            throw new InvalidInput("note（变更说明）不能超过 1024 个字符");
        }
        pending(agency.getCode(), section.code(), key).ifPresent(waiting -> {
            throw new StateConflict(conflict(key, waiting));
        });
        Map<String, Object> variables = new HashMap<>();
        variables.put("agencyCode", agency.getCode());
        variables.put("catalogueSection", section.code());
        variables.put("catalogueKey", key);
        variables.put("catalogueTitle", title);
        variables.put("catalogueContent", write(content));
        variables.put("catalogueRemoval", removal);
        variables.put("catalogueNote", note == null ? "" : note.strip());
        variables.put("catalogueChangedBy", user);
        String instance = engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey(agency.getCode(),
                    section.code(), key), variables).getId();
        });
        return query("where v.process_instance_id = ?", instance).get(0);
    }

    /**
     * Names a change as it starts — {@code CAT-agency-section-key}, the chain its steps are recorded in — when it is
     * started from Tasklist's start form rather than the API.
     */
    public void name(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() != null && !execution.getProcessBusinessKey().isBlank()) {
            return;
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        String agency = text(execution, "agencyCode");
        String section = text(execution, "catalogueSection");
        String key = text(execution, "catalogueKey");
        if (agency == null || directory.agency(agency).isEmpty()) {
            errors.add(new FieldError("agencyCode", "执法机关代码", agency == null ? "必须填写" : agency + " 未登记"));
        }
        if (section == null || settings.section(section).isEmpty()) {
            errors.add(new FieldError("catalogueSection", "公开栏目", "请选择栏目"));
        }
        if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            errors.add(new FieldError("catalogueKey", "事项编码", "应为 1–64 个字母、数字、点、下划线或连字符"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException("事前公开目录变更", errors);
        }
        execution.setProcessBusinessKey(businessKey(agency, section, key));
    }

    /**
     * Registers the change the process was started with — from the API (fields checked already) or from Tasklist's
     * start form (fields as lines of 字段名称：内容) — as a new version, due for publication 20 working days from today.
     */
    public void register(DelegateExecution execution) {
        String agencyCode = text(execution, "agencyCode");
        Agency agency = directory.agency(agencyCode).orElseThrow();
        CatalogueSettings.Section section = settings.section(text(execution, "catalogueSection")).orElseThrow();
        String key = text(execution, "catalogueKey");
        boolean removal = Boolean.TRUE.equals(execution.getVariable("catalogueRemoval"));
        String note = text(execution, "catalogueNote");
        String title = text(execution, "catalogueTitle");
        Map<String, String> content;
        List<FieldError> errors = new java.util.ArrayList<>();
        if (removal) {
            Optional<Item> item = item(agency.getCode(), section.code(), key);
            if (item.isEmpty()) {
                throw new InvalidSubmissionException("事前公开目录变更", List.of(new FieldError("catalogueKey", "事项编码",
                        "栏目“" + section.name() + "”中没有已公示的事项 " + key + "，无须删除")));
            }
            title = item.get().title();
            content = item.get().content();
            if (note == null) {
                errors.add(new FieldError("catalogueNote", "变更说明", "删除事项的，应当写明理由"));
            }
        } else {
            content = execution.getVariable("catalogueContent") != null ? read(text(execution, "catalogueContent"))
                    : fieldsFromLines(section, text(execution, "catalogueContentText"), errors);
            if (title == null || title.length() > 255) {
                errors.add(new FieldError("catalogueTitle", "事项名称", "必须填写，不超过 255 个字符"));
            }
        }
        if (note != null && note.length() > 1024) {
            errors.add(new FieldError("catalogueNote", "变更说明", "不能超过 1024 个字符"));
        }
        pending(agency.getCode(), section.code(), key)
                .ifPresent(waiting -> errors.add(new FieldError("catalogueKey", "事项编码", conflict(key, waiting))));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException("事前公开目录变更", errors);
        }
        String user = text(execution, "catalogueChangedBy");
        if (user == null) {
            user = EngineTime.actor();
        }
        Deadline deadline = Deadline.of(today(), deadlines.otherWorkingDays(), deadlines.warningWorkingDays(),
                workingDays, zone);
        int version = nextVersion(agency.getCode(), section.code(), key);
        execution.setVariable("agencyName", agency.getName());
        execution.setVariable("catalogueSectionName", section.name());
        execution.setVariable("catalogueVersion", version);
        execution.setVariable("catalogueTitle", title);
        execution.setVariable("catalogueChangeText", (removal ? "【删除该事项】\n" : "") + readable(section, content));
        execution.setVariable("catalogueNote", note == null ? "" : note);
        execution.setVariable("catalogueChangedBy", user);
        execution.setVariable("catalogueLastDay", deadline.lastDay().toString());
        execution.setVariable("catalogueDue", deadline.due());
        execution.setVariable("catalogueWarnAt", deadline.warnAt());
        insert(agency.getCode(), section.code(), key, version, title, content, removal, note, user, deadline.lastDay(),
                execution.getProcessInstanceId());
    }

    /** The start form's lines, 字段名称：内容 (or the field's name), as the section's fields; names what is wrong. */
    private static Map<String, String> fieldsFromLines(CatalogueSettings.Section section, String text,
            List<FieldError> errors) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[:：]", 2);
            String label = parts[0].strip();
            Optional<CatalogueSettings.Field> field = section.fields().stream()
                    .filter(f -> f.label().equals(label) || f.name().equals(label)).findFirst();
            if (parts.length < 2 || field.isEmpty()) {
                errors.add(new FieldError("catalogueContentText", "内容", "“" + line.strip() + "”不是“字段名称：内容”；栏目“"
                        + section.name() + "”的字段：" + section.fields().stream().map(CatalogueSettings.Field::label)
                                .collect(Collectors.joining("、"))));
                return Map.of();
            }
            given.put(field.get().name(), parts[1].strip());
        }
        try {
            return fields(section, given);
        } catch (Refusal e) {
            errors.add(new FieldError("catalogueContentText", "内容", e.getMessage()));
            return Map.of();
        }
    }

    private String conflict(String key, Version waiting) {
        return "事项 " + key + " 已有待审核的变更（第 " + waiting.version() + " 版，"
                + waiting.changedAt().atZone(zone).toLocalDate() + " 提交），请先在任务中审核";
    }

    private static String businessKey(String agency, String section, String key) {
        return "CAT-" + agency + "-" + section + "-" + key;
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** Publishes the reviewed version: the portal shows it (or no longer shows a removed entry) from now on. */
    public void publish(DelegateExecution execution) {
        Version version = byProcess(execution);
        decide(version, "published", null, EngineTime.actor());
        project(version);
    }

    private void project(Version version) {
        jdbc.update("delete from catalogue_items where agency_code = ? and section = ? and item_key = ?",
                version.agencyCode(), version.section(), version.key());
        if (!version.removal()) {
            jdbc.update("insert into catalogue_items (agency_code, section, item_key, title, content, version, "
                    + "version_id, published_at) values (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setString(1, version.agencyCode());
                        ps.setString(2, version.section());
                        ps.setString(3, version.key());
                        ps.setString(4, version.title());
                        ps.setString(5, write(version.content()));
                        ps.setInt(6, version.version());
                        ps.setLong(7, version.id());
                        ps.setTimestamp(8, EngineTime.now(), UTC);
                    });
        }
    }

    /** Returns the change to the one who made it, with the reviewer's reasons; nothing is published. */
    public void returnChange(DelegateExecution execution) {
        Object reason = execution.getVariable("catalogueReason");
        if (reason == null || reason.toString().isBlank() || reason.toString().strip().length() > 1024) {
            throw new InvalidSubmissionException("审核并公示目录变更",
                    List.of(new FieldError("catalogueReason", "退回理由", "退回的，应当写明理由（不超过 1024 个字符）")));
        }
        decide(byProcess(execution), "returned", reason.toString().strip(), EngineTime.actor());
    }

    /** The deadline passed before the change was decided (PM20.5): flagged for supervisors; the task stays open. */
    public void markOverdue(DelegateExecution execution) {
        long id = byProcess(execution).id();
        jdbc.update("insert into catalogue_overdue (version_id, flagged_at) values (?, ?)", ps -> {
            ps.setLong(1, id);
            ps.setTimestamp(2, EngineTime.now(), UTC);
        });
    }

    /**
     * Versions what the directory changed — an agency's details, an officer, a service guide — as published at once:
     * the directory is the source the portal reads, so the change is public the moment it is saved.
     */
    @EventListener
    @Transactional
    public void directoryChanged(DirectoryChanged change) {
        Authentication authentication = identity.getCurrentAuthentication();
        String user = authentication == null ? "system" : authentication.getUserId();
        Map<String, String> content = new LinkedHashMap<>(change.content());
        int version = nextVersion(change.agencyCode(), change.section(), change.key());
        Optional<Version> last = versions(change.agencyCode(), change.section(), change.key()).stream().findFirst();
        if (change.note() == null && last.isPresent() && last.get().content().equals(content) && last.get().title().equals(change.title())) {
            return;
        }
        long id = insert(change.agencyCode(), change.section(), change.key(), version, change.title(), content,
                false, change.note(), user, today(), null);
        decide(versionById(id), "published", null, user);
    }

    /**
     * Publishes an entry without review — for seeding a new installation's catalogue from configuration (demo
     * profile); the version and its decision are recorded like any other, by {@code system}.
     */
    @Transactional
    void seed(String agencyCode, String sectionCode, String key, String title, Map<String, ?> content, String note) {
        CatalogueSettings.Section section = section(sectionCode);
        requireKey(key);
        Map<String, String> fields = fields(section, content);
        long id = insert(agencyCode, sectionCode, key, nextVersion(agencyCode, sectionCode, key), title, fields, false,
                note, "system", today(), null);
        Version version = versionById(id);
        decide(version, "published", null, "system");
        project(version);
    }

    /** What the portal shows of an agency's maintained sections: published entries, by section then key. */
    @Transactional(readOnly = true)
    public Map<String, List<Item>> published(String agencyCode) {
        Map<String, List<Item>> bySection = new LinkedHashMap<>();
        settings.sections().forEach(section -> bySection.put(section.code(), new ArrayList<>()));
        jdbc.query("select * from catalogue_items where agency_code = ? order by item_key", (ResultSet rs) -> {
            List<Item> items = bySection.get(rs.getString("section"));
            if (items != null) {
                items.add(new Item(rs.getString("agency_code"), rs.getString("section"), rs.getString("item_key"),
                        rs.getString("title"), read(rs.getString("content")), rs.getInt("version"),
                        rs.getTimestamp("published_at", UTC).toInstant()));
            }
        }, agencyCode);
        return bySection;
    }

    /** One published entry. */
    @Transactional(readOnly = true)
    public Optional<Item> item(String agencyCode, String section, String key) {
        return jdbc.query("select * from catalogue_items where agency_code = ? and section = ? and item_key = ?",
                (rs, n) -> new Item(rs.getString("agency_code"), rs.getString("section"), rs.getString("item_key"),
                        rs.getString("title"), read(rs.getString("content")), rs.getInt("version"),
                        rs.getTimestamp("published_at", UTC).toInstant()), agencyCode, section, key).stream()
                .findFirst();
    }

    /** Every version of an entry, newest first. */
    @Transactional(readOnly = true)
    public List<Version> versions(String agencyCode, String section, String key) {
        return query("where v.agency_code = ? and v.section = ? and v.item_key = ? order by v.version desc",
                agencyCode, section, key);
    }

    /** The published changes of an agency's catalogue, newest first: what the public change log shows. */
    @Transactional(readOnly = true)
    public List<Version> changeLog(String agencyCode, int limit) {
        return query("where v.agency_code = ? and d.outcome = 'published' order by d.decided_at desc, v.id desc",
                agencyCode).stream().limit(limit).toList();
    }

    /** Changes overdue, still open past their deadline on {@code today}, or published late; oldest deadline first. */
    @Transactional(readOnly = true)
    public List<Version> attention(LocalDate today) {
        return query("where (d.outcome is null and (o.version_id is not null or v.due_date < ?)) or d.late = true "
                + "order by v.due_date, v.id", java.sql.Date.valueOf(today));
    }

    private List<Version> query(String where, Object... arguments) {
        return jdbc.query("select v.*, d.outcome, d.reason, d.late, d.decided_by, d.decided_at, "
                + "o.version_id as overdue_id from catalogue_versions v "
                + "left join catalogue_decisions d on d.version_id = v.id "
                + "left join catalogue_overdue o on o.version_id = v.id " + where, (rs, n) -> version(rs), arguments);
    }

    private Version version(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at", UTC);
        LocalDate due = rs.getDate("due_date").toLocalDate();
        String outcome = rs.getString("outcome");
        return new Version(rs.getLong("id"), rs.getString("agency_code"), rs.getString("section"),
                rs.getString("item_key"), rs.getInt("version"), rs.getString("title"), read(rs.getString("content")),
                rs.getBoolean("removal"), rs.getString("note"), rs.getString("changed_by"),
                rs.getTimestamp("changed_at", UTC).toInstant(), due, outcome, rs.getString("reason"),
                rs.getBoolean("late"), rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getObject("overdue_id") != null || outcome == null && today().isAfter(due));
    }

    private Optional<Version> pending(String agencyCode, String section, String key) {
        return versions(agencyCode, section, key).stream().filter(v -> v.outcome() == null).findFirst();
    }

    private Version versionById(long id) {
        return query("where v.id = ?", id).get(0);
    }

    private Version byProcess(DelegateExecution execution) {
        List<Version> found = query("where v.process_instance_id = ?", execution.getProcessInstanceId());
        if (found.isEmpty()) {
            throw new IllegalStateException("流程 " + execution.getProcessInstanceId() + " 没有对应的目录变更");
        }
        return found.get(0);
    }

    private void decide(Version version, String outcome, String reason, String user) {
        boolean late = "published".equals(outcome) && today().isAfter(version.dueDate());
        jdbc.update("insert into catalogue_decisions (version_id, outcome, reason, late, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, version.id());
                    ps.setString(2, outcome);
                    ps.setString(3, reason);
                    ps.setBoolean(4, late);
                    ps.setString(5, user);
                    ps.setTimestamp(6, EngineTime.now(), UTC);
                });
    }

    private long insert(String agencyCode, String section, String key, int version, String title,
            Map<String, String> content, boolean removal, String note, String user, LocalDate due, String instance) {
        var generated = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into catalogue_versions (agency_code, section, item_key, "
                    + "version, title, content, removal, note, changed_by, changed_at, due_date, process_instance_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setString(1, agencyCode);
            ps.setString(2, section);
            ps.setString(3, key);
            ps.setInt(4, version);
            ps.setString(5, title);
            ps.setString(6, write(content));
            ps.setBoolean(7, removal);
            ps.setString(8, note == null || note.isBlank() ? null : note.strip());
            ps.setString(9, user == null ? "system" : user);
            ps.setTimestamp(10, EngineTime.now(), UTC);
            ps.setDate(11, java.sql.Date.valueOf(due));
            ps.setString(12, instance);
            return ps;
        }, generated);
        return generated.getKey().longValue();
    }

    private int nextVersion(String agencyCode, String section, String key) {
        Integer last = jdbc.queryForObject("select max(version) from catalogue_versions where agency_code = ? "
                + "and section = ? and item_key = ?", Integer.class, agencyCode, section, key);
        return last == null ? 1 : last + 1;
    }

    private Agency agency(String code) {
        return directory.agency(code)
                .orElseThrow(() -> new NotFound("执法机关 " + code + " 未登记"));
    }

    private CatalogueSettings.Section section(String code) {
        return settings.section(code).orElseThrow(() -> new NotFound("没有公开栏目 " + code
                + "；可维护的栏目：" + settings.sections().stream().map(s -> s.code() + "（" + s.name() + "）")
                        .collect(Collectors.joining("、"))));
    }

    private static void requireKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidInput("事项编码 " + key + " 应为 1–64 个字母、数字、点、下划线或连字符");
        }
    }

    /** The entry's fields in the section's order, each a text within bounds; names the first field that is wrong. */
    private static Map<String, String> fields(CatalogueSettings.Section section, Map<String, ?> content) {
        Map<String, ?> given = content == null ? Map.of() : content;
        List<String> known = section.fields().stream().map(CatalogueSettings.Field::name).toList();
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidInput("content." + name + " 不是栏目“" + section.name() + "”的字段；可填："
                        + section.fields().stream().map(f -> f.name() + "（" + f.label() + "）")
                                .collect(Collectors.joining("、")));
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (CatalogueSettings.Field field : section.fields()) {
            Object value = given.get(field.name());
            String where = "content." + field.name() + "（" + field.label() + "）";
            if (value != null && !(value instanceof String)) {
                throw new InvalidInput(where + " 应为文字");
            }
            String text = value == null ? "" : ((String) value).strip();
            if (text.isEmpty() && field.required()) {
                throw new InvalidInput(where + " 不能为空");
            }
            if (text.length() > MAX_FIELD) {
                throw new InvalidInput(where + " 不能超过 " + MAX_FIELD + " 个字符");
            }
            if (!text.isEmpty()) {
                fields.put(field.name(), text);
            }
        }
        return fields;
    }

    private static String readable(CatalogueSettings.Section section, Map<String, String> content) {
        return section.fields().stream().filter(f -> content.containsKey(f.name()))
                .map(f -> f.label() + "：" + content.get(f.name())).collect(Collectors.joining("\n"));
    }

    /** The labels of a section's fields, for pages that show entries. */
    public Map<String, String> labels(String sectionCode) {
        return settings.section(sectionCode).map(s -> s.fields().stream().collect(Collectors.toMap(
                CatalogueSettings.Field::name, CatalogueSettings.Field::label, (a, b) -> a, LinkedHashMap::new)))
                .orElseGet(LinkedHashMap::new);
    }

    private String write(Map<String, String> content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String content) {
        try {
            return json.readValue(content, CONTENT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("目录内容不是 JSON：" + e.getOriginalMessage(), e);
        }
    }

    private LocalDate today() {
        return EngineTime.today(zone);
    }
}
