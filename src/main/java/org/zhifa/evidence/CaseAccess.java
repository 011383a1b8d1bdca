package org.zhifa.evidence;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.shared.NotPermitted;
import org.zhifa.shared.Refusal;

/**
 * The one rule for everything per case (RM22): its record and the record's verification, its evidence, documents
 * and dossier. Reviewing and oversight roles see every case; anyone else only the cases they took part in
 * ({@link CaseParticipation}). Adding to a case — evidence, copies, notes, interruption reports — needs taking part
 * in it or a reviewing role on it. Every access and every refusal goes to the hash-chained access log; a refusal is
 * logged in a transaction of its own, which the refusal does not undo.
 */
@Service
public class CaseAccess {

    /** Roles that see every case: reviewers of its decisions, archivists, supervisors (RM22), administrators. */
    static final Set<String> SEE_ALL = Set.of("unit-reviewer", "legal-reviewer", "leader", "committee", "archivist",
            "supervisor", "camunda-admin");

    /** Roles with a reviewing part in any case, who may add to it (a legal reviewer's hearing evidence, say). */
    static final Set<String> REVIEWING = Set.of("unit-reviewer", "legal-reviewer", "leader", "committee",
            "camunda-admin");

    private final CaseParticipation participation;
    private final AccessLog accessLog;
    private final TransactionTemplate separately;

    CaseAccess(CaseParticipation participation, AccessLog accessLog, PlatformTransactionManager transactions) {
        this.participation = participation;
        this.accessLog = accessLog;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether the user may see the case at all; decides, logs nothing (callers log what they then show). */
    public boolean maySee(String user, Collection<String> groups, String businessKey) {
        return groups.stream().anyMatch(SEE_ALL::contains) || participation.tookPart(user, businessKey);
    }

    /**
     * Lets the user read something of the case, logging it as {@code action}.
     *
     * @throws Refusal not permitted for a user who may not see the case (logged as denied)
     */
    @Transactional
    public void read(String user, Collection<String> groups, String businessKey, String action, String what) {
        requireSee(user, groups, businessKey, what);
        accessLog.append(user, action, null, businessKey, null, what);
    }

    /**
     * Checks that the user may see the case, logging only a refusal (for callers that log each item they show).
     *
     * @throws Refusal not permitted
     */
    public void requireSee(String user, Collection<String> groups, String businessKey, String what) {
        if (!maySee(user, groups, businessKey)) {
            refuse(user, businessKey, what, user + " 未参与案件 " + businessKey + " 的办理，无权" + what + "（RM22）");
        }
    }

    /**
     * Checks that the user may add to the case: took part in it, or has a reviewing role.
     *
     * @throws Refusal not permitted (logged as denied)
     */
    public void requireAdd(String user, Collection<String> groups, String businessKey, String what) {
        if (groups.stream().noneMatch(REVIEWING::contains) && !participation.tookPart(user, businessKey)) {
            refuse(user, businessKey, what, user + " 未参与案件 " + businessKey + " 的办理，不能" + what + "（RM22）");
        }
    }

    private void refuse(String user, String businessKey, String what, String message) {
        separately.executeWithoutResult(status -> accessLog.append(user, "denied", null, businessKey, null,
                "拒绝：" + what));
        throw new NotPermitted(message);
    }
}
