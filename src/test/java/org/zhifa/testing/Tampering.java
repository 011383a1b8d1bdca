package org.zhifa.testing;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes the record behind the application's back with plain SQL, as someone with database access could. On MySQL
 * that someone first has to drop the triggers that refuse such changes (entries and chain heads); they are put back
 * afterwards.
 */
public final class Tampering {

    private static final String[] DROPS = { "drop trigger if exists record_entries_no_update",
            "drop trigger if exists record_entries_no_delete", "drop trigger if exists record_chains_forward_only",
            "drop trigger if exists record_chains_no_delete" };

    private static final String[] TRIGGERS = {
            "create trigger record_entries_no_update before update on record_entries for each row "
                    + "signal sqlstate '45000' set message_text = 'record entries are append-only (RM4)'",
            "create trigger record_entries_no_delete before delete on record_entries for each row "
                    + "signal sqlstate '45000' set message_text = 'record entries are append-only (RM4)'",
            "create trigger record_chains_forward_only before update on record_chains for each row begin "
                    + "if new.last_seq <= old.last_seq or new.business_key <> old.business_key then "
                    + "signal sqlstate '45000' set message_text = 'a record chain head only moves forward (RM4)'; "
                    + "end if; end",
            "create trigger record_chains_no_delete before delete on record_chains for each row "
                    + "signal sqlstate '45000' set message_text = 'record chain heads are never removed (RM4)'" };

    private final JdbcTemplate jdbc;

    public Tampering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean onMysql() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                .toLowerCase().matches("mysql|mariadb")));
    }

    public int update(String sql, Object... args) {
        if (!onMysql()) {
            return jdbc.update(sql, args);
        }
        for (String drop : DROPS) {
            jdbc.execute(drop);
        }
        try {
            return jdbc.update(sql, args);
        } finally {
            for (String trigger : TRIGGERS) {
                jdbc.execute(trigger);
            }
        }
    }
}
