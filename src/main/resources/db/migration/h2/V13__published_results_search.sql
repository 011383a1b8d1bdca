-- The portal's searches (PM13) use indexes, not scans: a document number exactly, a party's name or the start of the
-- case name by prefix, each with the newest decisions first.
create unique index ux_published_results_number on published_results (decision_number);
drop index ix_published_results_party;
create index ix_published_results_party on published_results (party_shown, decision_date);
create index ix_published_results_case on published_results (case_name, decision_date);
create index ix_published_results_kind on published_results (case_kind, decision_date);
