-- RM15, RM17: interruptions of audio-video recording, their reason, and whether recording resumed.
create table av_interruptions (
    id                  bigint        not null auto_increment primary key,
    business_key        varchar(255)  not null,
    step                varchar(255)  not null,
    evidence_id         bigint,
    reason              varchar(32)   not null,
    stopped_at          datetime     not null,
    resumed_at          datetime,
    could_not_resume    boolean       not null,
    remarks             varchar(2048),
    reported_by         varchar(255)  not null,
    reported_at         datetime     not null,
    process_instance_id varchar(64)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index ix_av_interruptions_case on av_interruptions (business_key);
create trigger av_interruptions_no_update before update on av_interruptions
    for each row signal sqlstate '45000' set message_text = 'interruption reports are never changed (RM17)';
create trigger av_interruptions_no_delete before delete on av_interruptions
    for each row signal sqlstate '45000' set message_text = 'interruption reports are never removed (RM17)';
