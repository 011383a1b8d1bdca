package org.zhifa.evidence;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.engine.EngineCalls;
import org.zhifa.evidence.process.EvidenceReleaseProcess;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.NotPermitted;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;


/**
 * RM23: an AV record — original or copy — leaves the agency only after the head approves
 * ({@code bpmn/evidence-release.bpmn}); the requester can then fetch it for the named recipient, and each delivery
 * is written to the access log. Requests and decisions are insert-only (RM24.5: every release is detectable).
 */
@Service
public class EvidenceReleases {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** A request to release a piece of evidence outside the agency, and its decision once made. */
    public record Release(long id, long evidenceId, String businessKey, String recipient, String purpose, String basis,
            String requestedBy, Instant requestedAt, String processInstanceId, String status, String decidedBy,
            Instant decidedAt, String opinion) {

        public boolean approved() {
            return "approved".equals(status);
        }
    }

    private final JdbcTemplate jdbc;
    private final EvidenceItems items;
    private final CaseAccess caseAccess;
    private final AccessLog accessLog;
    private final EvidenceAccess access;
    private final ProcessEngine engine;
    private final Clock clock;
    private final RowMapper<Release> row = (rs, n) -> {
        Timestamp decided = rs.getTimestamp("decided_at", UTC);
        Object approved = rs.getObject("approved");
        String status = approved == null ? "pending"
                : Boolean.TRUE.equals(approved) || Integer.valueOf(1).equals(approved) ? "approved" : "refused";
        return new Release(rs.getLong("id"), rs.getLong("evidence_id"), rs.getString("business_key"),
                rs.getString("recipient"), rs.getString("purpose"), rs.getString("basis"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at", UTC).toInstant(), rs.getString("process_instance_id"), status,
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("opinion"));
    };

    EvidenceReleases(JdbcTemplate jdbc, EvidenceItems items, CaseAccess caseAccess, AccessLog accessLog,
            EvidenceAccess access, ProcessEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.caseAccess = caseAccess;
        this.accessLog = accessLog;
        this.access = access;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Asks the head to approve releasing {@code evidenceId} to {@code recipient}.
     *
     * @throws Refusal naming the missing field; not found for unknown evidence; not permitted for someone not on the case
     */
    @Transactional
    public Release request(long evidenceId, String recipient, String purpose, String basis, String user,
            Collection<String> groups) {
        EvidenceItem item = items.find(evidenceId)
                .orElseThrow(() -> new NotFound("证据 " + evidenceId + " 不存在"));
        caseAccess.requireSee(user, groups, item.businessKey(), "申请对外提供本案证据");
        required("recipient", "接收单位或个人", recipient);
        required("purpose", "用途", purpose);
        required("basis", "依据（如调取通知书文号、法律条款）", basis);
        Map<String, Object> variables = new HashMap<>();
        variables.put(EvidenceReleaseProcess.CASE_NUMBER, item.businessKey());
        variables.put(EvidenceReleaseProcess.EVIDENCE_ID, evidenceId);
        variables.put(EvidenceReleaseProcess.EVIDENCE_DESCRIPTION, describe(item));
        variables.put(EvidenceReleaseProcess.RECIPIENT, recipient.strip());
        variables.put(EvidenceReleaseProcess.PURPOSE, purpose.strip());
        variables.put(EvidenceReleaseProcess.BASIS, basis.strip());
        variables.put(EvidenceReleaseProcess.REQUESTED_BY, user);
        String instance = EngineCalls.asServer(engine, () -> {
            User person = engine.getIdentityService().createUserQuery().userId(user).singleResult();
            variables.put(EvidenceReleaseProcess.REQUESTED_BY_NAME, person == null ? user
                    : person.getFirstName() + "（" + user + "）");
            return engine.getRuntimeService().startProcessInstanceByKey(EvidenceReleaseProcess.KEY,
                    item.businessKey(), variables).getId();
        });
        Timestamp now = now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into evidence_releases (evidence_id, business_key, recipient, "
                    + "purpose, basis, requested_by, requested_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] { "id" });
            ps.setLong(1, evidenceId);
            ps.setString(2, item.businessKey());
            ps.setString(3, recipient.strip());
            ps.setString(4, purpose.strip());
            ps.setString(5, basis.strip());
            ps.setString(6, user);
            ps.setTimestamp(7, now, UTC);
            ps.setString(8, instance);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        accessLog.append(user, "release-request", item, "申请对外提供（申请 " + id + "）给 " + recipient.strip() + "："
                + purpose.strip());
        return find(id).orElseThrow();
    }

    /**
     * The model's "登记审批结果" step: writes the head's decision, once. Whoever asked cannot decide (four eyes).
     *
     * @throws AuthorizationException when the decider is unknown or is the requester
     */
    @Transactional
    public void decide(String processInstanceId, String decider, boolean approved, String opinion) {
        Release release = jdbc.query(SELECT + " where r.process_instance_id = ?", row, processInstanceId)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException(
                        "no release request for process instance " + processInstanceId));
        if (decider == null || decider.equals(release.requestedBy())) {
            throw new AuthorizationException("四眼原则：" + release.requestedBy() + " 申请对外提供，不能由本人审批（RM23）");
        }
        jdbc.update("insert into evidence_release_decisions (release_id, approved, decided_by, decided_at, opinion) "
                + "values (?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, release.id());
                    ps.setBoolean(2, approved);
                    ps.setString(3, decider);
                    ps.setTimestamp(4, now(), UTC);
                    ps.setString(5, opinion);
                });
    }

    /**
     * The approved piece of evidence, for the requester to hand over; logged as a release with recipient and purpose.
     *
     * @throws Refusal a state conflict while pending or when refused; not permitted for anyone but the requester
     */
    @Transactional
    public EvidenceAccess.Download deliver(long releaseId, String user) throws Exception {
        Release release = find(releaseId)
                .orElseThrow(() -> new NotFound("对外提供申请 " + releaseId + " 不存在"));
        if (!release.requestedBy().equals(user)) {
            throw new NotPermitted("对外提供申请 " + releaseId + " 由 " + release.requestedBy() + " 提出，只能由申请人提取");
        }
        if (!release.approved()) {
            throw new StateConflict("对外提供申请 " + releaseId + (release.status().equals("pending")
                    ? " 尚未审批" : " 未获批准") + "，不能对外提供（RM23）");
        }
        EvidenceItem item = items.find(release.evidenceId()).orElseThrow();
        InputStream content = access.open(item, user);
        accessLog.append(user, "release", item, "对外提供（申请 " + releaseId + "，" + release.decidedBy() + " 批准）给 "
                + release.recipient() + "：" + release.purpose());
        return new EvidenceAccess.Download(item, content);
    }

    @Transactional(readOnly = true)
    public Optional<Release> find(long id) {
        return jdbc.query(SELECT + " where r.id = ?", row, id).stream().findFirst();
    }

    /** A case's release requests, for those who may see its evidence. */
    @Transactional
    public List<Release> ofCase(String businessKey, String user, Collection<String> groups) {
        caseAccess.read(user, groups, businessKey, "releases", "查看本案证据的对外提供记录");
        return jdbc.query(SELECT + " where r.business_key = ? order by r.id", row, businessKey);
    }

    /** Every release request, newest first: for supervisors (RM24.5). */
    @Transactional(readOnly = true)
    public List<Release> latest(int limit) {
        return jdbc.query(SELECT + " order by r.id desc", row).stream().limit(Math.max(1, Math.min(limit, 1000)))
                .toList();
    }

    private static final String SELECT = "select r.*, d.approved, d.decided_by, d.decided_at, d.opinion from "
            + "evidence_releases r left join evidence_release_decisions d on d.release_id = r.id";

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String describe(EvidenceItem item) {
        String kind = EvidenceKind.of(item.kind()).map(EvidenceKind::label).orElse(item.kind());
        return "证据 " + item.id() + "：" + kind + (item.original() ? "原件" : "（" + Derivation.of(item.derivation())
                .map(Derivation::label).orElse(item.derivation()) + "，原件 " + item.derivedFrom() + "）")
                + (item.fileName() == null ? "" : "，" + item.fileName()) + "，SHA-256 " + item.sha256();
    }

    private static void required(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("缺少 " + field + "（" + label + "）");
        }
    }
}
