-- Append-only, hash-chained audit log: each entry carries the hash of the one before it, so an
-- edited or deleted row breaks the chain that the verify operation recomputes.
create table audit_log (
    id           bigserial primary key,
    occurred_at  timestamptz  not null,
    officer_id   varchar(128) not null,
    agency       varchar(32)  not null,
    action       varchar(64)  not null,
    object_type  varchar(64)  not null,
    object_id    varchar(64)  not null,
    owner_agency varchar(32)  not null,
    request_id   varchar(128) not null,
    prev_hash    varchar(64)     not null,
    hash         varchar(64)     not null unique
);
create index audit_log_owner_idx on audit_log (owner_agency, id);
create index audit_log_object_idx on audit_log (object_type, object_id);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

-- Retried creates: the first response is kept per caller and key and replayed.
create table idempotency_record (
    id              bigserial primary key,
    agency          varchar(32)  not null,
    officer_id      varchar(128) not null,
    idempotency_key varchar(128) not null,
    operation       varchar(300) not null,
    request_hash    varchar(64)     not null,
    response_status int          not null,
    response_body   text         not null,
    location        varchar(500),
    created_at      timestamptz  not null,
    constraint idempotency_record_key_uq unique (agency, officer_id, idempotency_key)
);
