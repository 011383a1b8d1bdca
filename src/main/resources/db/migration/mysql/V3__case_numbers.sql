-- Case numbers per year, assigned when a case starts without one.
create table case_numbers (
    number_year int    not null primary key,
    last_number bigint not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
