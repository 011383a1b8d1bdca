package org.zhifa.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What other modules may ask about a case's evidence without reading it (and so without an access-log entry). */
@Service
public class EvidenceRegister {

    /** The task variable holding the address of the step's evidence page, which the Camunda Forms link to. */
    public static final String PAGE_VARIABLE = "evidencePage";

    private final JdbcTemplate jdbc;

    EvidenceRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a video record is stored for the step (its activity id or its task id). */
    public boolean hasVideo(String businessKey, String activityId, String taskId) {
        Integer count = jdbc.queryForObject("select count(*) from evidence_items where business_key = ? and kind = 'video' "
                + "and (step = ? or step = ?)", Integer.class, businessKey, activityId, taskId);
        return count != null && count > 0;
    }

    /**
     * The evidence page of a case step: its list of evidence and the upload form. Relative without a public address;
     * absolute with one ({@code zhifa.public-url}), which Camunda Forms need to embed it (form-js frames https only).
     */
    public String page(String publicUrl, String businessKey, String step) {
        return (publicUrl == null ? "" : publicUrl) + "/evidence/upload.html?case="
                + URLEncoder.encode(businessKey == null ? "" : businessKey, StandardCharsets.UTF_8) + "&step="
                + URLEncoder.encode(step, StandardCharsets.UTF_8);
    }
}
