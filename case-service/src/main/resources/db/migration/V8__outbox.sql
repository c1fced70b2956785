-- What the case service tells other services (issue 11: alerts on the hotline feed of the agency
-- leading a case), written in the transaction of the change it tells about and delivered at least
-- once by the relay (OutboxRelay). An entry's id is the receiver's idempotency key.
create table outbox (
    id              uuid primary key,
    destination     varchar(32)  not null,
    agency          varchar(32)  not null,
    payload         text         not null,
    created_at      timestamptz  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    delivered_at    timestamptz,
    last_error      varchar(300)
);
-- what the relay looks for on every tick: only what is still to deliver
create index outbox_due_idx on outbox (next_attempt_at, created_at) where delivered_at is null;
