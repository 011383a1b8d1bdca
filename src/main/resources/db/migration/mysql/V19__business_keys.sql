-- Every business key a process was started under (a case, an application, a catalogue entry...): a key is given to
-- one case only, and the record's verification knows every case that was ever started, even one whose record rows
-- and chain head were removed.
create table business_keys (
    business_key           varchar(255) not null primary key,
    process_definition_key varchar(255) not null,
    process_instance_id    varchar(64)  not null,
    started_by             varchar(255),
    registered_at          datetime     not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create trigger business_keys_no_update before update on business_keys
    for each row signal sqlstate '45000' set message_text = 'business keys are registered once (RM4)';

create trigger business_keys_no_delete before delete on business_keys
    for each row signal sqlstate '45000' set message_text = 'business keys are registered once (RM4)';
