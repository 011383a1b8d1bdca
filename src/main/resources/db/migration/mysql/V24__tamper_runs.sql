-- RM24, RM3: each verification of every case's record chain, the latest checkpoints and the evidence access log,
-- scheduled or started by a supervisor; its history is kept as it was found. Insert-only.
create table tamper_runs (
    id                  bigint        not null auto_increment primary key,
    business_key        varchar(64)   not null,
    run_trigger         varchar(16)   not null,
    requested_by        varchar(255),
    started_at          datetime      not null,
    finished_at         datetime      not null,
    cases_checked       int           not null,
    broken_cases        int           not null,
    findings            longtext      not null,
    access_log_entries  int           not null,
    access_log_valid    boolean       not null,
    access_log_reason   varchar(1024),
    constraint uk_tamper_runs_key unique (business_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create trigger tamper_runs_no_update before update on tamper_runs
    for each row signal sqlstate '45000' set message_text = 'verification runs are never changed (RM24)';
create trigger tamper_runs_no_delete before delete on tamper_runs
    for each row signal sqlstate '45000' set message_text = 'verification runs are never removed (RM24)';
