package org.zhifa.disclosure;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.Step;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;

/**
 * Takes a published result off the platform when a PM11 ground is found after publication (the party turns out to be
 * a minor, a secret is involved, a related case would be hindered): a {@code withdraw} version with the ground and
 * reason, the public projection removed, the step written to the case's hash-chained record (PM20: every unpublish is
 * traceable). A change, revocation or declaration of unlawfulness is not a withdrawal: it is published (PM16).
 */
@Service
public class PublicationWithdrawals {

    public static final Map<String, String> GROUNDS = grounds();

    private final JdbcTemplate jdbc;
    private final Publications publications;
    private final PublishedResults published;
    private final CaseRecord caseRecord;

    PublicationWithdrawals(JdbcTemplate jdbc, Publications publications, PublishedResults published,
            CaseRecord caseRecord) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.published = published;
        this.caseRecord = caseRecord;
    }

    /**
     * Withdraws a published result.
     *
     * @throws Refusal not found for an unknown publication, a state conflict for one not published, invalid naming a missing
     *                             ground or reason
     */
    @Transactional
    public Publications.Version withdraw(long publicationId, String ground, String reason, String user) {
        Publications.Publication publication = publications.find(publicationId)
                .orElseThrow(() -> new NotFound("公示记录 " + publicationId + " 不存在"));
        if (published.find(publicationId).isEmpty()) {
            throw new StateConflict("决定 " + publication.decisionNumber() + " 未公示，无须撤回");
        }
        if (ground == null || !GROUNDS.containsKey(ground)) {
            throw new InvalidInput("ground（撤回依据）应为 " + String.join("、", GROUNDS.entrySet().stream()
                    .map(e -> e.getKey() + "（" + e.getValue() + "）").toList()));
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 2048) {
            throw new InvalidInput("reason（撤回理由）不能为空，不超过 2048 个字符");
        }
        Publications.Version version = publications.append(new Publications.Version(0, publicationId, "withdraw", null,
                null, null, null, null, null, null, ground, reason.strip(), false, user, null));
        jdbc.update("delete from published_results where publication_id = ?", publicationId);
        published.changed();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("decisionNumber", publication.decisionNumber());
        values.put("ground", ground);
        values.put("reason", reason.strip());
        Instant at = version.actedAt();
        String instance = publication.processInstanceId() == null ? "publication-" + publicationId
                : publication.processInstanceId();
        caseRecord.append(new Step(publication.businessKey(), "disclosure:PM11", "disclosure", 0, instance,
                "Withdraw_Publication", "撤回已公示的执法决定", "withdraw", ground, user, at, at, values, null, null));
        return version;
    }

    private static Map<String, String> grounds() {
        Map<String, String> grounds = new LinkedHashMap<>();
        grounds.put("PM11.1", "当事人是未成年人");
        grounds.put("PM11.2", "案件主要事实涉及国家秘密、商业秘密、个人隐私");
        grounds.put("PM11.3", "公开后可能危及国家安全、公共安全和社会稳定");
        grounds.put("PM11.4", "公开后可能对系列案件调查处理产生不利影响");
        grounds.put("PM11.5", "法律法规规章和规范性文件规定不得公开的其他情形");
        return java.util.Collections.unmodifiableMap(grounds);
    }
}
