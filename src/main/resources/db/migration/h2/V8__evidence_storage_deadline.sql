-- RM20: an AV record is stored within 2 working days of being made, or of the officers' return from field work.
alter table evidence_items add column returned_at date;
alter table evidence_items add column storage_last_day date;
alter table evidence_items add column stored_late boolean not null default false;
