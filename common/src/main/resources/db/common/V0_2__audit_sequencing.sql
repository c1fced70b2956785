-- Audit at line rate. Requests no longer link entries into the chain: they only insert them (a
-- write's entry in the write's own transaction, reads' entries in shared batches), and one
-- sequencer per database later gives each entry its place (seq) in its owning agency's chain and
-- its hashes. So a row is written once by a request and completed once by the sequencer; nothing
-- else may ever change it.
alter table audit_log
    add column seq bigint,
    add column outcome varchar(16) not null default 'granted',
    alter column prev_hash drop not null,
    alter column hash drop not null,
    alter column object_id type varchar(200),
    add constraint audit_log_outcome_ck check (outcome in ('granted', 'refused'));

-- Entries written under the old per-request chain are linked again by the sequencer, in id order,
-- under the new hash (which covers seq and outcome).
alter table audit_log disable trigger audit_log_append_only;
update audit_log set prev_hash = null, hash = null;
alter table audit_log enable trigger audit_log_append_only;
alter table audit_log add constraint audit_log_sequenced_ck
    check ((seq is null) = (hash is null) and (hash is null) = (prev_hash is null));

create unique index audit_log_chain_uq on audit_log (owner_agency, seq) where seq is not null;
-- the sequencer's work queue: small, since entries leave it within milliseconds
create index audit_log_unsequenced_idx on audit_log (id) where hash is null;
-- the originating agency's view of who read its records
create index audit_log_reader_idx on audit_log (owner_agency, agency, occurred_at);
drop index audit_log_object_idx;
create index audit_log_object_idx on audit_log (object_id, object_type);

-- Append-only, with one exception: the sequencer completes an unsequenced row once (seq and
-- hashes from null to values), leaving every recorded fact as it was.
create or replace function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if old.hash is null and new.hash is not null
           and (new.id, new.occurred_at, new.officer_id, new.agency, new.action, new.object_type, new.object_id,
                new.owner_agency, new.request_id, new.outcome)
               is not distinct from
               (old.id, old.occurred_at, old.officer_id, old.agency, old.action, old.object_type, old.object_id,
                old.owner_agency, old.request_id, old.outcome) then
            return new;
        end if;
    end if;
    raise exception 'audit_log is append-only';
end;
$$;

-- Signed checkpoints, one per chain after each sequencer batch: (size, head hash) in the signed-note
-- form an auditor keeps outside this database. Kept as history so that verify can also narrow down
-- where a rewritten chain departs from what was signed; a DBA can delete them but not forge one.
create table audit_checkpoint (
    id           bigserial primary key,
    owner_agency varchar(32)  not null,
    size         bigint       not null,
    head_hash    varchar(64)  not null,
    signed_at    timestamptz  not null,
    note         text         not null
);
create index audit_checkpoint_chain_idx on audit_checkpoint (owner_agency, size);
create function audit_checkpoint_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_checkpoint is append-only';
end;
$$;
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_checkpoint_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_checkpoint_refuse_change();
