-- Every business key a process was started under (a case, an application, a catalogue entry...): a key is given to
-- one case only, and the record's verification knows every case that was ever started, even one whose record rows
-- and chain head were removed.
create table business_keys (
    business_key           varchar(255) primary key,
    process_definition_key varchar(255) not null,
    process_instance_id    varchar(64)  not null,
    started_by             varchar(255),
    registered_at          timestamp    not null
);
