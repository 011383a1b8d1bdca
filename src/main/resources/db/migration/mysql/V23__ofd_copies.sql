-- Issue 15: a decision document is also issued as OFD (GB/T 33190); its SHA-256 as stored with the case.
alter table issued_documents add column ofd_sha256 varchar(64);
