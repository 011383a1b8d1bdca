-- Enforcement directory (PM7.1, PM7.2, RM11.2): agencies and certified officers.
create table agencies (
    code                varchar(32)  not null primary key,
    name                varchar(255) not null,
    short_name          varchar(64)  not null,
    head                varchar(255),
    address             varchar(512),
    phone               varchar(64),
    supervision_hotline varchar(64)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table officers (
    certificate_number varchar(64)  not null primary key,
    name               varchar(255) not null,
    agency_code        varchar(32)  not null,
    user_id            varchar(64),
    post               varchar(255),
    category           varchar(255),
    area               varchar(255),
    valid_from         date,
    valid_until        date,
    revoked            boolean      not null default false,
    constraint fk_officers_agency foreign key (agency_code) references agencies (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_officers_user on officers (user_id);
