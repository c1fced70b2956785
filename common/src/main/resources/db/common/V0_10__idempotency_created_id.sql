-- Idempotency records name what the first request created instead of keeping its Location (from
-- which the id used to be parsed back), and expire: a periodic delete keys on created_at.
alter table idempotency_record add column created_id varchar(64);
update idempotency_record set created_id = regexp_replace(location, '^.*/', '') where location is not null;
delete from idempotency_record where created_id is null;
alter table idempotency_record
    alter column created_id set not null,
    drop column location,
    drop column response_status;
create index idempotency_record_created_idx on idempotency_record (created_at);
