-- Case numbers per year, assigned when a case starts without one.
create table case_numbers (
    number_year int    not null primary key,
    last_number bigint not null
);
