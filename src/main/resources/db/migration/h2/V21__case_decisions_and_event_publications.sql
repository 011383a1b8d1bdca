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
    facts                clob,
    legal_basis          clob,
    certificate_number   varchar(128),
    document_sha256      varchar(64),
    party_id_number      varchar(64),
    party_address        varchar(1024),
    party_phone          varchar(64),
    recorded_at          timestamp     not null
);

-- Spring Modulith's event publication registry (its schema-h2.sql): an event stored with the transaction that
-- publishes it, completed when its listener has run; incomplete ones are republished.
create table if not exists EVENT_PUBLICATION (
    id               uuid not null,
    completion_date  timestamp(9) with time zone,
    event_type       varchar(512) not null,
    listener_id      varchar(512) not null,
    publication_date timestamp(9) with time zone not null,
    serialized_event varchar(4000) not null,
    primary key (id)
);
create index if not exists event_publication_by_listener_id_and_serialized_event_idx
    on event_publication (listener_id, serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
