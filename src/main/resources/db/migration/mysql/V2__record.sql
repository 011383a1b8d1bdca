-- Full-process record (RM3, RM4): append-only entries, hash-chained per case.
create table record_entries (
    id                         bigint       not null auto_increment primary key,
    business_key               varchar(255) not null,
    seq                        bigint       not null,
    process_definition_id      varchar(64)not null,
    process_definition_key     varchar(255) not null,
    process_definition_version int          not null,
    process_instance_id        varchar(64)not null,
    activity_id                varchar(255) not null,
    activity_name              varchar(255),
    activity_type              varchar(64)not null,
    law                        varchar(32),
    actor                      varchar(255) not null,
    started_at                 datetime     not null,
    ended_at                   datetime     not null,
    form_values                longtext     not null,
    evidence                   longtext     not null,
    detail                     longtext     not null,
    recorded_at                datetime     not null,
    previous_hash              varchar(64)   not null,
    hash                       varchar(64)   not null,
    constraint uk_record_entries_case_seq unique (business_key, seq),
    index ix_record_entries_law (law)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table record_chains (
    business_key varchar(255) not null primary key,
    last_seq     bigint       not null,
    last_hash    varchar(64)   not null,
    updated_at   datetime     not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- The database itself refuses to change or remove an entry (RM4, RM23); only someone who drops these triggers can,
-- and verification then names the entry.
create trigger record_entries_no_update before update on record_entries
    for each row signal sqlstate '45000' set message_text = 'record entries are append-only (RM4)';

create trigger record_entries_no_delete before delete on record_entries
    for each row signal sqlstate '45000' set message_text = 'record entries are append-only (RM4)';
