-- PM17: a party who finds published information about them inaccurate asks for a correction; the agency verifies,
-- corrects and informs, or refuses with reasons and remedies.
create table correction_requests (
    id                  bigint        not null auto_increment primary key,
    publication_id      bigint        not null,
    business_key        varchar(255)  not null,
    requester           varchar(255)  not null,
    contact             varchar(255)  not null,
    description         text          not null,
    query_code          varchar(16)   not null,
    received_at         datetime      not null,
    process_instance_id varchar(64)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_correction_requests_publication on correction_requests (publication_id);

create table correction_outcomes (
    request_id  bigint        not null primary key,
    outcome     varchar(16)   not null,
    reply       text          not null,
    decided_by  varchar(255)  not null,
    decided_at  datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create trigger correction_requests_no_update before update on correction_requests
    for each row signal sqlstate '45000' set message_text = 'correction requests are never changed (PM17)';
create trigger correction_requests_no_delete before delete on correction_requests
    for each row signal sqlstate '45000' set message_text = 'correction requests are never removed (PM17)';
create trigger correction_outcomes_no_update before update on correction_outcomes
    for each row signal sqlstate '45000' set message_text = 'correction outcomes are never changed (PM17)';
create trigger correction_outcomes_no_delete before delete on correction_outcomes
    for each row signal sqlstate '45000' set message_text = 'correction outcomes are never removed (PM17)';
