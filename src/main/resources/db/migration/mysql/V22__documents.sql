-- RM3: the templates statutory documents are made from, every version kept; and each document issued, with the
-- template versions it was made from and the verification code the public can check. Both insert-only.
create table document_templates (
    id          bigint        not null auto_increment primary key,
    name        varchar(64)   not null,
    agency_code varchar(64)   not null,
    version     int           not null,
    sha256      varchar(64)   not null,
    content     mediumtext    not null,
    file_name   varchar(255)  not null,
    source      varchar(16)   not null,
    deployed_at datetime      not null,
    deployed_by varchar(255)  not null,
    unique key uk_document_templates (name, agency_code, version)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create trigger document_templates_no_update before update on document_templates
    for each row signal sqlstate '45000' set message_text = 'template versions are never changed';
create trigger document_templates_no_delete before delete on document_templates
    for each row signal sqlstate '45000' set message_text = 'template versions are never removed';

create table issued_documents (
    id              bigint        not null auto_increment primary key,
    code            varchar(16)   not null,
    business_key    varchar(255)  not null,
    step            varchar(255)  not null,
    kind            varchar(64)   not null,
    title           varchar(255)  not null,
    document_number varchar(128),
    agency_code     varchar(64)   not null,
    agency_name     varchar(255)  not null,
    issued_on       date          not null,
    issued_at       datetime      not null,
    issued_by       varchar(255)  not null,
    sha256          varchar(64)   not null,
    text_sha256     varchar(64)   not null,
    pages           int           not null,
    templates       varchar(2048) not null,
    unique key uk_issued_documents_code (code),
    index ix_issued_documents_case (business_key, sha256)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create trigger issued_documents_no_update before update on issued_documents
    for each row signal sqlstate '45000' set message_text = 'issued documents are never changed (RM3, RM23)';
create trigger issued_documents_no_delete before delete on issued_documents
    for each row signal sqlstate '45000' set message_text = 'issued documents are never removed (RM3, RM23)';

-- RM3: the signed paper copy of a document, scanned back as evidence of kind document, linked to its original.
create table signed_copies (
    id            bigint        not null auto_increment primary key,
    business_key  varchar(255)  not null,
    document_code varchar(16)   not null,
    evidence_id   bigint        not null,
    linked_at     datetime      not null,
    linked_by     varchar(255)  not null,
    index ix_signed_copies_case (business_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create trigger signed_copies_no_update before update on signed_copies
    for each row signal sqlstate '45000' set message_text = 'signed copies are never changed (RM23)';
create trigger signed_copies_no_delete before delete on signed_copies
    for each row signal sqlstate '45000' set message_text = 'signed copies are never removed (RM23)';
