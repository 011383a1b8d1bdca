-- RM11.17: each decision as it was issued, written by the issuing step in its transaction; what disclosure and
-- statistics read through the cases module's API once the decision has committed. Insert-only.
create table case_decisions (
    decision_number      varchar(128)  not null primary key,
    business_key         varchar(255)  not null,
    process_instance_id  varchar(64),
    case_kind            varchar(64),
    outcome              varchar(32)   not null,
    agency_code          varchar(64)   not null,
    agency_name          varchar(255),
    decision_date        date          not null,
    case_cause           varchar(1024),
    party_type           varchar(32),
    party_name           varchar(255),
    legal_representative varchar(255),
    penalties            varchar(1024),
    fine_amount          decimal(18, 2),
    facts                longtext,
    legal_basis          longtext,
    certificate_number   varchar(128),
    document_sha256      varchar(64),
    party_id_number      varchar(64),
    party_address        varchar(1024),
    party_phone          varchar(64),
    recorded_at          datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create trigger case_decisions_no_update before update on case_decisions
    for each row signal sqlstate '45000' set message_text = 'issued decisions are never changed (RM11.17)';
create trigger case_decisions_no_delete before delete on case_decisions
    for each row signal sqlstate '45000' set message_text = 'issued decisions are never removed (RM11.17)';

-- Spring Modulith's event publication registry (its schema-mysql.sql): an event stored with the transaction that
-- publishes it, completed when its listener has run; incomplete ones are republished.
-- (upper case: the registry names it so, and MySQL's table names are case-sensitive on Linux)
create table if not exists EVENT_PUBLICATION (
    ID               varchar(36)   not null,
    LISTENER_ID      varchar(512)  not null,
    EVENT_TYPE       varchar(512)  not null,
    SERIALIZED_EVENT varchar(4000) not null,
    PUBLICATION_DATE timestamp(6)  not null,
    COMPLETION_DATE  timestamp(6)  default null null,
    primary key (ID),
    index EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
