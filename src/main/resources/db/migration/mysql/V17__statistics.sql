-- PM8.5, PM8.6, PM18: the facts the annual statistics are counted from, and the statistics themselves.
-- Every decision as it is made (penalty kinds, the most severe one, the fine), insert-only.
create table enforcement_decisions (
    id              bigint         not null auto_increment primary key,
    business_key    varchar(255)   not null,
    agency_code     varchar(32)    not null,
    case_kind       varchar(32),
    outcome         varchar(32)    not null,
    decision_number varchar(128)   not null,
    decision_date   date           not null,
    penalties       varchar(512),
    most_severe     varchar(64),
    fine_amount     decimal(18, 2),
    recorded_at     datetime       not null,
    constraint uq_enforcement_decisions_number unique (decision_number)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_enforcement_decisions_year on enforcement_decisions (agency_code, decision_date);

-- PM8.6: outcomes of administrative reconsideration and litigation against decisions, insert-only.
create table review_outcomes (
    id              bigint         not null auto_increment primary key,
    decision_number varchar(128)   not null,
    agency_code     varchar(32)    not null,
    channel         varchar(32)    not null,
    outcome         varchar(32)    not null,
    body            varchar(255)   not null,
    document_number varchar(128)   not null,
    outcome_date    date           not null,
    content         text,
    registered_by   varchar(255)   not null,
    registered_at   datetime       not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_review_outcomes_year on review_outcomes (agency_code, outcome_date);

-- each computation of an agency's figures for a year; the reviewed one is published (PM18, by 31 January)
create table annual_statistics (
    id                  bigint        not null auto_increment primary key,
    agency_code         varchar(32)   not null,
    stat_year                int           not null,
    figures             mediumtext    not null,
    computed_at         datetime      not null,
    process_instance_id varchar(64)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_annual_statistics_year on annual_statistics (agency_code, stat_year);

create table annual_statistics_publications (
    statistics_id bigint        not null primary key,
    agency_code   varchar(32)   not null,
    stat_year          int           not null,
    late          boolean       not null,
    published_by  varchar(255)  not null,
    published_at  datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_annual_statistics_publications on annual_statistics_publications (agency_code, stat_year);

create table annual_statistics_overdue (
    agency_code   varchar(32)   not null,
    stat_year          int           not null,
    flagged_at    datetime      not null,
    primary key (agency_code, stat_year)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create trigger enforcement_decisions_no_update before update on enforcement_decisions
    for each row signal sqlstate '45000' set message_text = 'enforcement decisions are never changed (PM18)';
create trigger enforcement_decisions_no_delete before delete on enforcement_decisions
    for each row signal sqlstate '45000' set message_text = 'enforcement decisions are never removed (PM18)';
create trigger review_outcomes_no_update before update on review_outcomes
    for each row signal sqlstate '45000' set message_text = 'review outcomes are never changed (PM8.6)';
create trigger review_outcomes_no_delete before delete on review_outcomes
    for each row signal sqlstate '45000' set message_text = 'review outcomes are never removed (PM8.6)';
create trigger annual_statistics_no_update before update on annual_statistics
    for each row signal sqlstate '45000' set message_text = 'computed statistics are never changed (PM18)';
create trigger annual_statistics_no_delete before delete on annual_statistics
    for each row signal sqlstate '45000' set message_text = 'computed statistics are never removed (PM18)';
