-- PM9-PM16: each decision's disclosure, its versions (draft, publish, withhold, overdue) and the public projection.
create table publications (
    id                  bigint        not null auto_increment primary key,
    business_key        varchar(255)  not null,
    process_instance_id varchar(64),
    agency_code         varchar(64)   not null,
    agency_name         varchar(255)  not null,
    case_kind           varchar(32),
    outcome             varchar(32),
    decision_number     varchar(128)  not null,
    decision_date       date          not null,
    party_type          varchar(32),
    deadline            date          not null,
    created_at          datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create unique index ux_publications_decision on publications (decision_number);
create index ix_publications_case on publications (business_key);

create table publication_versions (
    id             bigint        not null auto_increment primary key,
    publication_id bigint        not null,
    action         varchar(16)   not null,
    form           varchar(16),
    case_name      varchar(512),
    party_shown    varchar(512),
    facts          text,
    legal_basis    text,
    decision       text,
    full_text      mediumtext,
    ground         varchar(16),
    reason         varchar(2048),
    late           boolean       not null default false,
    acted_by       varchar(255)  not null,
    acted_at       datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_publication_versions_publication on publication_versions (publication_id, id);

-- what the portal and the open API read: published results only, one row each, redacted
create table published_results (
    publication_id  bigint        not null primary key,
    agency_code     varchar(64)   not null,
    agency_name     varchar(255)  not null,
    case_kind       varchar(32),
    decision_number varchar(128)  not null,
    decision_date   date          not null,
    case_name       varchar(512)  not null,
    party_shown     varchar(512)  not null,
    form            varchar(16)   not null,
    facts           text,
    legal_basis     text,
    decision        text,
    full_text       mediumtext,
    published_at    datetime      not null,
    changed_at      datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_published_results_date on published_results (decision_date, publication_id);
create index ix_published_results_agency on published_results (agency_code, decision_date);
create index ix_published_results_party on published_results (party_shown);

-- every version stays as it was written (PM20: every publish, withholding and change is detectable)
create trigger publications_no_update before update on publications
    for each row signal sqlstate '45000' set message_text = 'publications are never changed (PM20)';
create trigger publications_no_delete before delete on publications
    for each row signal sqlstate '45000' set message_text = 'publications are never removed (PM20)';
create trigger publication_versions_no_update before update on publication_versions
    for each row signal sqlstate '45000' set message_text = 'publication versions are never changed (PM20)';
create trigger publication_versions_no_delete before delete on publication_versions
    for each row signal sqlstate '45000' set message_text = 'publication versions are never removed (PM20)';
