-- RM9 案卷评查: a review round, the closed cases it drew (with the seed that drew them), each dossier's scores, the
-- grades per agency with their rectification deadline, and each agency's rectification answers and their checks.
-- Everything is insert-only: a round's history is kept as it happened.
create table case_review_rounds (
    business_key    varchar(64)   not null primary key,
    name            varchar(100)  not null,
    agencies        varchar(4000) not null,
    period_from     date          not null,
    period_to       date          not null,
    sample_size     int,
    sample_share    decimal(5, 4),
    requested_by    varchar(255)  not null,
    seed            varchar(64)   not null,
    population      int           not null,
    population_sha256 varchar(64) not null,
    drawn_at        datetime      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create table case_review_items (
    round_key       varchar(64)   not null,
    case_key        varchar(64)   not null,
    agency_code     varchar(32)   not null,
    draw_rank       varchar(64)   not null,
    primary key (round_key, case_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create table case_review_scores (
    round_key       varchar(64)   not null,
    case_key        varchar(64)   not null,
    reviewer        varchar(255)  not null,
    scored_at       datetime      not null,
    scores          varchar(4000) not null,
    total           int           not null,
    max_total       int           not null,
    grade           varchar(8)    not null,
    findings        varchar(4000),
    primary key (round_key, case_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create table case_review_agencies (
    round_key       varchar(64)   not null,
    agency_code     varchar(32)   not null,
    cases           int           not null,
    mean_share      decimal(5, 4) not null,
    grade           varchar(8)    not null,
    rectify         boolean       not null,
    graded_on       date          not null,
    due_on          date,
    primary key (round_key, agency_code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create table case_review_answers (
    id              bigint        not null auto_increment primary key,
    round_key       varchar(64)   not null,
    agency_code     varchar(32)   not null,
    answer_kind     varchar(16)   not null,
    answered_by     varchar(255)  not null,
    answered_at     datetime      not null,
    content         varchar(4000) not null,
    index idx_case_review_answers_round (round_key, agency_code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create trigger case_review_rounds_no_update before update on case_review_rounds
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never changed (RM9)';
create trigger case_review_rounds_no_delete before delete on case_review_rounds
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never removed (RM9)';
create trigger case_review_items_no_update before update on case_review_items
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never changed (RM9)';
create trigger case_review_items_no_delete before delete on case_review_items
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never removed (RM9)';
create trigger case_review_scores_no_update before update on case_review_scores
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never changed (RM9)';
create trigger case_review_scores_no_delete before delete on case_review_scores
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never removed (RM9)';
create trigger case_review_agencies_no_update before update on case_review_agencies
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never changed (RM9)';
create trigger case_review_agencies_no_delete before delete on case_review_agencies
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never removed (RM9)';
create trigger case_review_answers_no_update before update on case_review_answers
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never changed (RM9)';
create trigger case_review_answers_no_delete before delete on case_review_answers
    for each row signal sqlstate '45000' set message_text = 'case-file review history is never removed (RM9)';
