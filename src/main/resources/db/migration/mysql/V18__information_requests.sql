-- PM22: requests for government information by citizens and organisations (政府信息公开条例), taken in on the portal
-- or the open API and answered within 20 working days; insert-only.
create table information_requests (
    id                  bigint        not null auto_increment primary key,
    agency_code         varchar(32)   not null,
    requester           varchar(255)  not null,
    id_document         varchar(64)   not null,
    contact             varchar(255)  not null,
    description         text          not null,
    delivery            varchar(16)   not null,
    query_code          varchar(16)   not null,
    received_at         datetime      not null,
    answer_by           date          not null,
    process_instance_id varchar(64)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table information_request_outcomes (
    request_id  bigint        not null primary key,
    outcome     varchar(32)   not null,
    reply       mediumtext    not null,
    late        boolean       not null,
    decided_by  varchar(255)  not null,
    decided_at  datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create trigger information_requests_no_update before update on information_requests
    for each row signal sqlstate '45000' set message_text = 'information requests are never changed (PM22)';
create trigger information_requests_no_delete before delete on information_requests
    for each row signal sqlstate '45000' set message_text = 'information requests are never removed (PM22)';
create trigger information_request_outcomes_no_update before update on information_request_outcomes
    for each row signal sqlstate '45000' set message_text = 'information request outcomes are never changed (PM22)';
create trigger information_request_outcomes_no_delete before delete on information_request_outcomes
    for each row signal sqlstate '45000' set message_text = 'information request outcomes are never removed (PM22)';
