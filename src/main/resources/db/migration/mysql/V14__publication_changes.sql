-- PM16: a decision changed, revoked or declared unlawful is published next to the original: who, number, date, what.
create table publication_changes (
    id              bigint        not null auto_increment primary key,
    publication_id  bigint        not null,
    kind            varchar(16)   not null,
    changed_by      varchar(255)  not null,
    document_number varchar(128)  not null,
    change_date     date          not null,
    content         text          not null,
    deadline        date          not null,
    late            boolean       not null,
    registered_by   varchar(255)  not null,
    registered_at   datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_publication_changes_publication on publication_changes (publication_id, id);

create trigger publication_changes_no_update before update on publication_changes
    for each row signal sqlstate '45000' set message_text = 'published changes are never altered (PM16, PM20)';
create trigger publication_changes_no_delete before delete on publication_changes
    for each row signal sqlstate '45000' set message_text = 'published changes are never removed (PM16, PM20)';
