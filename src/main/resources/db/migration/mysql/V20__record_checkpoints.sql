-- Signed checkpoints over every case's chain head (RM4, RM24.4): a Merkle root signed with a key kept outside the
-- database; the checkpoint itself, with every head it covers, is kept in the object store.
create table record_checkpoints (
    id          bigint        not null auto_increment primary key,
    created_at  datetime      not null,
    tree_size   bigint        not null,
    root_hash   varchar(64)   not null,
    key_id      varchar(64)   not null,
    signature   varchar(512)  not null,
    object_key  varchar(255)  not null,
    tsa_token   longtext
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create trigger record_checkpoints_no_update before update on record_checkpoints
    for each row signal sqlstate '45000' set message_text = 'checkpoints are append-only (RM4)';

create trigger record_checkpoints_no_delete before delete on record_checkpoints
    for each row signal sqlstate '45000' set message_text = 'checkpoints are append-only (RM4)';

-- a chain head only moves forward; it is never removed
create trigger record_chains_forward_only before update on record_chains
    for each row begin
        if new.last_seq <= old.last_seq or new.business_key <> old.business_key then
            signal sqlstate '45000' set message_text = 'a record chain head only moves forward (RM4)';
        end if;
    end;

create trigger record_chains_no_delete before delete on record_chains
    for each row signal sqlstate '45000' set message_text = 'record chain heads are never removed (RM4)';

create trigger evidence_access_head_forward_only before update on evidence_access_head
    for each row begin
        if new.last_seq <= old.last_seq then
            signal sqlstate '45000' set message_text = 'the access log head only moves forward (RM22)';
        end if;
    end;
