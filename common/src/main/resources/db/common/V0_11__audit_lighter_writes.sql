-- Every audit row is written twice (inserted, then completed by the sequencer) and each write
-- touches every index. Uniqueness of a chain is its (owner_agency, seq) index; a second unique index
-- on the hash added a write per row and guaranteed nothing verify does not check.
alter table audit_log drop constraint audit_log_hash_key;
