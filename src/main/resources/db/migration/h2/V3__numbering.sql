-- Gap-free numbers per counter and year: case numbers, decision document numbers (文号).
create table numbering (
    counter     varchar(128) not null,
    number_year int          not null,
    last_number bigint       not null,
    primary key (counter, number_year)
);
