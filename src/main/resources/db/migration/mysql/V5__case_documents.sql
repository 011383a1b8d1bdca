-- Documents generated for cases (notices, decisions), stored as objects named by their SHA-256.
create table case_documents (
    id           bigint       not null auto_increment primary key,
    business_key varchar(255) not null,
    sha256       varchar(64)  not null,
    title        varchar(255) not null,
    file_name    varchar(255) not null,
    media_type   varchar(128) not null,
    size         bigint       not null,
    object_key   varchar(255) not null,
    created_at   datetime     not null,
    created_by   varchar(255) not null,
    index ix_case_documents_case (business_key, sha256)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
