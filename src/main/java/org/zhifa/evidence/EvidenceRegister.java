package org.zhifa.evidence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What other modules may ask about a case's evidence without reading it (and so without an access-log entry). */
@Service
public class EvidenceRegister {

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
}
