-- RM21: an AV record used as evidence gets a written note (who collected it, when, where) and the dossier's retention.
create table evidence_notes (
    id           bigint        not null auto_increment primary key,
    evidence_id  bigint        not null,
    collector    varchar(255)  not null,
    collected_at datetime     not null,
    place        varchar(512)  not null,
    remarks      varchar(2048),
    written_by   varchar(255)  not null,
    written_at   datetime     not null,
    constraint fk_evidence_notes_item foreign key (evidence_id) references evidence_items (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_evidence_notes_item on evidence_notes (evidence_id);
create trigger evidence_notes_no_update before update on evidence_notes
    for each row signal sqlstate '45000' set message_text = 'evidence notes are never changed (RM21)';
create trigger evidence_notes_no_delete before delete on evidence_notes
    for each row signal sqlstate '45000' set message_text = 'evidence notes are never removed (RM21)';
