-- RM23: a redacted or cut copy is a new object that references its original; release outside the agency needs approval.
alter table evidence_items add column derived_from bigint;
alter table evidence_items add column derivation varchar(16);
alter table evidence_items add column derivation_reason varchar(1024);
create index ix_evidence_items_derived on evidence_items (derived_from);

create table evidence_releases (
    id                  bigint        not null auto_increment primary key,
    evidence_id         bigint        not null,
    business_key        varchar(255)  not null,
    recipient           varchar(512)  not null,
    purpose             varchar(1024) not null,
    basis               varchar(1024) not null,
    requested_by        varchar(255)  not null,
    requested_at        datetime      not null,
    process_instance_id varchar(64)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_evidence_releases_item on evidence_releases (evidence_id);
create index ix_evidence_releases_case on evidence_releases (business_key);

create table evidence_release_decisions (
    release_id  bigint        not null primary key,
    approved    boolean       not null,
    decided_by  varchar(255)  not null,
    decided_at  datetime      not null,
    opinion     varchar(2048) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- every release request and decision stays as it was made (RM24.5: every release is detectable)
create trigger evidence_releases_no_update before update on evidence_releases
    for each row signal sqlstate '45000' set message_text = 'release requests are never changed (RM23)';
create trigger evidence_releases_no_delete before delete on evidence_releases
    for each row signal sqlstate '45000' set message_text = 'release requests are never removed (RM23)';
create trigger evidence_release_decisions_no_update before update on evidence_release_decisions
    for each row signal sqlstate '45000' set message_text = 'release decisions are never changed (RM23)';
create trigger evidence_release_decisions_no_delete before delete on evidence_release_decisions
    for each row signal sqlstate '45000' set message_text = 'release decisions are never removed (RM23)';
