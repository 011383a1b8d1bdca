-- Service-guide catalogue (PM7.5): items parties apply for, with their materials.
create table service_items (
    code                  varchar(64)  not null primary key,
    agency_code           varchar(32)  not null,
    name                  varchar(255) not null,
    kind                  varchar(32)  not null,
    legal_basis           varchar(1024),
    decision_working_days int          not null,
    legal_review_required boolean      not null,
    certificate_name      varchar(255),
    constraint fk_service_items_agency foreign key (agency_code) references agencies (code)
);

create table service_item_materials (
    item_code     varchar(64)  not null,
    position      int          not null,
    material_code varchar(64)  not null,
    name          varchar(255) not null,
    required      boolean      not null,
    sample        varchar(2048),
    primary key (item_code, position),
    constraint fk_service_item_materials_item foreign key (item_code) references service_items (code)
);
