-- PM7, PM15: each agency's pre-enforcement catalogue. Every change is an insert-only version, reviewed and published
-- within 20 working days (PM14); catalogue_items is what the portal reads. Officer photos for PM7.2.
create table catalogue_versions (
    id                  bigint        not null auto_increment primary key,
    agency_code         varchar(32)   not null,
    section             varchar(64)   not null,
    item_key            varchar(128)  not null,
    version             int           not null,
    title               varchar(255)  not null,
    content             mediumtext    not null,
    removal             boolean       not null,
    note                varchar(1024),
    changed_by          varchar(255)  not null,
    changed_at          datetime      not null,
    due_date            date          not null,
    process_instance_id varchar(64),
    constraint uq_catalogue_versions unique (agency_code, section, item_key, version)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_catalogue_versions_process on catalogue_versions (process_instance_id);

create table catalogue_decisions (
    version_id  bigint        not null primary key,
    outcome     varchar(16)   not null,
    reason      varchar(1024),
    late        boolean       not null,
    decided_by  varchar(255)  not null,
    decided_at  datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table catalogue_overdue (
    version_id  bigint        not null primary key,
    flagged_at  datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table catalogue_items (
    agency_code  varchar(32)   not null,
    section      varchar(64)   not null,
    item_key     varchar(128)  not null,
    title        varchar(255)  not null,
    content      mediumtext    not null,
    version      int           not null,
    version_id   bigint        not null,
    published_at datetime      not null,
    primary key (agency_code, section, item_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table officer_photos (
    certificate_number varchar(64)  not null primary key,
    content_type       varchar(64)  not null,
    content            mediumblob   not null,
    sha256             varchar(64)  not null,
    updated_at         datetime     not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create trigger catalogue_versions_no_update before update on catalogue_versions
    for each row signal sqlstate '45000' set message_text = 'catalogue versions are never changed (PM15)';
create trigger catalogue_versions_no_delete before delete on catalogue_versions
    for each row signal sqlstate '45000' set message_text = 'catalogue versions are never removed (PM15)';
create trigger catalogue_decisions_no_update before update on catalogue_decisions
    for each row signal sqlstate '45000' set message_text = 'catalogue decisions are never changed (PM15)';
create trigger catalogue_decisions_no_delete before delete on catalogue_decisions
    for each row signal sqlstate '45000' set message_text = 'catalogue decisions are never removed (PM15)';
