-- Evidence and audio-video records (RM12–RM23) and the log of every access to them (RM22).
create table evidence_items (
    id              bigint        not null auto_increment primary key,
    business_key    varchar(255)  not null,
    step            varchar(255)  not null,
    kind            varchar(16)   not null,
    focus           varchar(255)  not null,
    recorded_by     varchar(255),
    recorded_at     datetime,
    place           varchar(512),
    device_id       varchar(255),
    file_name       varchar(512),
    declared_type   varchar(255),
    detected_type   varchar(255)  not null,
    sha256          varchar(64)   not null,
    size            bigint        not null,
    object_key      varchar(255)  not null,
    metadata        longtext          not null,
    metadata_status varchar(16)   not null,
    uploaded_by     varchar(255)  not null,
    uploaded_at     datetime     not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_evidence_items_case on evidence_items (business_key);
create index ix_evidence_items_sha on evidence_items (sha256);

create table evidence_access_log (
    seq           bigint       not null primary key,
    actor         varchar(255) not null,
    action        varchar(32)  not null,
    evidence_id   bigint,
    business_key  varchar(255),
    sha256        varchar(64),
    reason        varchar(1024),
    accessed_at   datetime    not null,
    previous_hash varchar(64)  not null,
    hash          varchar(64)  not null

) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_evidence_access_item on evidence_access_log (evidence_id);

create table evidence_access_head (
    id        int         not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
insert into evidence_access_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- originals are never changed or removed (RM23), nor is their access log (RM22)
create trigger evidence_items_no_update before update on evidence_items
    for each row signal sqlstate '45000' set message_text = 'evidence is never changed (RM23)';
create trigger evidence_items_no_delete before delete on evidence_items
    for each row signal sqlstate '45000' set message_text = 'evidence is never removed (RM23)';
create trigger evidence_access_log_no_update before update on evidence_access_log
    for each row signal sqlstate '45000' set message_text = 'the access log is append-only (RM22)';
create trigger evidence_access_log_no_delete before delete on evidence_access_log
    for each row signal sqlstate '45000' set message_text = 'the access log is append-only (RM22)';
