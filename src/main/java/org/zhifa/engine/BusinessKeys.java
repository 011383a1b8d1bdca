package org.zhifa.engine;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business keys processes were started under, each registered once and never removed (insert-only; triggers on
 * MySQL). A user's start under a key already registered is refused; the server's own processes of a case (its
 * disclosure, an evidence release) run under the case's key and register nothing new.
 */
@Service
public class BusinessKeys {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final JdbcTemplate jdbc;

    BusinessKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers a user's start under the key.
     *
     * @throws BusinessKeyInUseException if the key is registered already
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registerNew(String businessKey, String processDefinitionKey, String processInstanceId, String user) {
        if (registered(businessKey)) {
            throw new BusinessKeyInUseException(businessKey);
        }
        try {
            insert(businessKey, processDefinitionKey, processInstanceId, user);
        } catch (DuplicateKeyException startedAtTheSameMoment) {
            throw new BusinessKeyInUseException(businessKey);
        }
    }

    /** Registers the key of a process the server starts, unless the key is a case's already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registerIfNew(String businessKey, String processDefinitionKey, String processInstanceId) {
        if (!registered(businessKey)) {
            try {
                insert(businessKey, processDefinitionKey, processInstanceId, null);
            } catch (DuplicateKeyException registeredAtTheSameMoment) {
                // the key is registered, which is all this needed
            }
        }
    }

    @Transactional(readOnly = true)
    public boolean registered(String businessKey) {
        Integer found = jdbc.queryForObject("select count(*) from business_keys where business_key = ?", Integer.class,
                businessKey);
        return found != null && found > 0;
    }

    /**
     * Registers the keys of processes started before keys were registered, from the engine's history; run at start-up.
     */
    @Transactional
    public int registerEarlierStarts() {
        return jdbc.update("insert into business_keys (business_key, process_definition_key, process_instance_id, "
                + "started_by, registered_at) select h.BUSINESS_KEY_, min(h.PROC_DEF_KEY_), min(h.PROC_INST_ID_), "
                + "null, min(h.START_TIME_) from ACT_HI_PROCINST h where h.BUSINESS_KEY_ is not null "
                + "and h.SUPER_PROCESS_INSTANCE_ID_ is null and not exists (select 1 from business_keys b "
                + "where b.business_key = h.BUSINESS_KEY_) group by h.BUSINESS_KEY_");
    }

    /** Every registered key, in order. */
    @Transactional(readOnly = true)
    public List<String> all() {
        return jdbc.queryForList("select business_key from business_keys order by business_key", String.class);
    }

    private void insert(String businessKey, String processDefinitionKey, String processInstanceId, String user) {
        jdbc.update("insert into business_keys (business_key, process_definition_key, process_instance_id, started_by, "
                + "registered_at) values (?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, businessKey);
                    ps.setString(2, processDefinitionKey);
                    ps.setString(3, processInstanceId);
                    ps.setString(4, user);
                    ps.setTimestamp(5, Timestamp.from(ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS)), UTC);
                });
    }
}
