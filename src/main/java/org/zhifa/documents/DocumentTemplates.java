package org.zhifa.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.StateConflict;

/**
 * The deployed templates and their versions. Deploying checks every file first ({@link TemplateChecks}) and stores
 * nothing if one fails; a file equal to the version it would replace is skipped, and one from the folder is compared
 * with the folder's last version, so that a restart does not undo what an administrator deployed by REST. Versions
 * are only ever added.
 */
@Service
public class DocumentTemplates {

    /** The largest template accepted. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final Pattern FRAGMENT_NAME = Pattern.compile("_[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final RowMapper<DocumentTemplate> ROW = (rs, n) -> new DocumentTemplate(rs.getString("name"),
            rs.getString("agency_code"), rs.getInt("version"), rs.getString("sha256"), rs.getString("content"),
            rs.getString("file_name"), rs.getString("source"), rs.getTimestamp("deployed_at", UTC).toInstant(),
            rs.getString("deployed_by"));

    private final JdbcTemplate jdbc;
    private final TemplateChecks checks;
    private final Clock clock;

    DocumentTemplates(JdbcTemplate jdbc, TemplateChecks checks, Clock clock) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * Deploys the files that changed.
     *
     * @param source {@code folder} or {@code rest}
     * @return the versions added (none when nothing changed)
     * @throws TemplateException for the first file that cannot be deployed; nothing is stored then
     */
    @Transactional
    public List<DocumentTemplate> deploy(List<TemplateFile> files, String source, String user) {
        Map<String, List<DocumentTemplate>> byAgency = new LinkedHashMap<>();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TemplateFile file : files) {
            String content = text(file);
            String agency = file.agencyCode() == null ? "" : file.agencyCode();
            if (!seen.add(agency + "/" + file.name())) {
                throw new TemplateException(file.fileName(), 0, "同一次部署中有两个同名文件", null);
            }
            String sha256 = Hashes.sha256(content.getBytes(StandardCharsets.UTF_8));
            Optional<DocumentTemplate> latest = latest(file.name(), agency, null);
            Optional<DocumentTemplate> fromFolder = source.equals("folder") ? latest(file.name(), agency, "folder")
                    : Optional.empty();
            if (latest.map(t -> t.sha256().equals(sha256)).orElse(false)
                    || fromFolder.map(t -> t.sha256().equals(sha256)).orElse(false)) {
                continue;
            }
            int version = latest.map(DocumentTemplate::version).orElse(0) + 1;
            byAgency.computeIfAbsent(agency, a -> new ArrayList<>()).add(new DocumentTemplate(file.name(), agency,
                    version, sha256, content, file.fileName(), source, now, user));
        }
        check(byAgency);
        List<DocumentTemplate> added = new ArrayList<>();
        byAgency.values().forEach(added::addAll);
        try {
            added.forEach(this::insert);
        } catch (DuplicateKeyException e) {
            throw new StateConflict("另一项部署同时写入了同名文书模板，请重新部署", e);
        }
        return added;
    }

    /**
     * Checks the templates as every agency would have them after the deployment: the defaults with the new ones, and
     * each agency's own (stored and new) over them — an agency new to the folder included.
     */
    private void check(Map<String, List<DocumentTemplate>> byAgency) {
        List<DocumentTemplate> defaults = byAgency.getOrDefault("", List.of());
        Map<String, DocumentTemplate> common = new HashMap<>();
        currentOf("").forEach(t -> common.put(t.name(), t));
        defaults.forEach(t -> common.put(t.name(), t));
        if (!defaults.isEmpty()) {
            checks.check(new TemplateSet(common), defaults);
        }
        java.util.Set<String> agencies = new java.util.TreeSet<>(agencies());
        agencies.addAll(byAgency.keySet());
        agencies.remove("");
        for (String agency : agencies) {
            List<DocumentTemplate> own = byAgency.getOrDefault(agency, List.of());
            if (own.isEmpty() && defaults.isEmpty()) {
                continue;
            }
            Map<String, DocumentTemplate> set = new HashMap<>(common);
            currentOf(agency).forEach(t -> set.put(t.name(), t));
            own.forEach(t -> set.put(t.name(), t));
            List<DocumentTemplate> considered = new ArrayList<>(own);
            defaults.stream().filter(d -> set.get(d.name()) == d).forEach(considered::add);
            checks.check(new TemplateSet(set), considered);
        }
    }

    /** The templates an agency's documents are made from: its own, and the defaults where it has none. */
    @Transactional(readOnly = true)
    public List<DocumentTemplate> current(String agencyCode) {
        Map<String, DocumentTemplate> byName = new HashMap<>();
        currentOf("").forEach(t -> byName.put(t.name(), t));
        if (agencyCode != null && !agencyCode.isEmpty()) {
            currentOf(agencyCode).forEach(t -> byName.put(t.name(), t));
        }
        return byName.values().stream().sorted(java.util.Comparator.comparing(DocumentTemplate::name)).toList();
    }

    /** Every version of a template, oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentTemplate> versions(String name, String agencyCode) {
        return jdbc.query("select * from document_templates where name = ? and agency_code = ? order by version", ROW,
                name, agencyCode == null ? "" : agencyCode);
    }

    TemplateSet set(String agencyCode) {
        Map<String, DocumentTemplate> byName = new HashMap<>();
        current(agencyCode).forEach(t -> byName.put(t.name(), t));
        return new TemplateSet(byName);
    }

    private List<DocumentTemplate> currentOf(String agency) {
        return jdbc.query("select t.* from document_templates t where t.agency_code = ? and t.version = (select "
                + "max(v.version) from document_templates v where v.name = t.name and v.agency_code = t.agency_code)",
                ROW, agency);
    }

    private List<String> agencies() {
        return jdbc.queryForList("select distinct agency_code from document_templates where agency_code <> ''",
                String.class);
    }

    private Optional<DocumentTemplate> latest(String name, String agency, String source) {
        List<DocumentTemplate> versions = source == null
                ? jdbc.query("select * from document_templates where name = ? and agency_code = ? order by version desc",
                        ROW, name, agency)
                : jdbc.query("select * from document_templates where name = ? and agency_code = ? and source = ? order "
                        + "by version desc", ROW, name, agency, source);
        return versions.stream().findFirst();
    }

    private void insert(DocumentTemplate t) {
        jdbc.update("insert into document_templates (name, agency_code, version, sha256, content, file_name, source, "
                + "deployed_at, deployed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, t.name());
                    ps.setString(2, t.agencyCode());
                    ps.setInt(3, t.version());
                    ps.setString(4, t.sha256());
                    ps.setString(5, t.content());
                    ps.setString(6, t.fileName());
                    ps.setString(7, t.source());
                    ps.setTimestamp(8, Timestamp.from(t.deployedAt()), UTC);
                    ps.setString(9, t.deployedBy());
                });
    }

    /** The file's text, once its name, agency and size are known to be acceptable. */
    private static String text(TemplateFile file) {
        String name = file.name() == null ? "" : file.name();
        if (DocumentKind.byKey(name).isEmpty() && !FRAGMENT_NAME.matcher(name).matches()) {
            throw new TemplateException(file.fileName(), 0, "文件名应为文书种类（"
                    + String.join("、", Stream.of(DocumentKind.values()).map(k -> k.key() + ".html").toList())
                    + "）或以 _ 开头的公用片段文件", null);
        }
        if (file.agencyCode() != null && !file.agencyCode().isEmpty()
                && !AGENCY_CODE.matcher(file.agencyCode()).matches()) {
            throw new TemplateException(file.fileName(), 0, "执法机关代码 " + file.agencyCode() + " 格式不正确", null);
        }
        if (file.content().length == 0 || file.content().length > MAX_BYTES) {
            throw new TemplateException(file.fileName(), 0, "文件为空或超过 " + MAX_BYTES / 1024 + " KiB", null);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.content())).toString();
        } catch (CharacterCodingException e) {
            throw new TemplateException(file.fileName(), 0, "不是 UTF-8 编码的文本", e);
        }
    }
}
