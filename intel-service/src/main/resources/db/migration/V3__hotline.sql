-- The hotline: urgent agency-to-agency messages with acknowledgement and answer deadlines.
create table hotline_message (
    id               uuid primary key,
    reference        varchar(24)    not null unique,
    from_agency      varchar(32)    not null,
    from_country     varchar(2)     not null,
    to_agency        varchar(32)    not null,
    to_country       varchar(2)     not null,
    -- a liaison post: the receiving agency's officers stationed in this country (e.g. TH-ONCB in VN)
    to_post_country  varchar(2),
    agreement_code   varchar(40),
    priority         varchar(16)    not null check (priority in ('FLASH', 'IMMEDIATE', 'ROUTINE')),
    subject          varchar(300)   not null,
    body             varchar(20000) not null,
    case_id          uuid,
    intel_report_id  uuid,
    handling         varchar(2)     not null,
    tlp              varchar(16)    not null,
    status           varchar(16)    not null check (status in ('SENT', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED')),
    sent_at          timestamptz    not null,
    ack_deadline     timestamptz    not null,
    answer_deadline  timestamptz    not null,
    -- escalated to the receiver's supervisors at ack_deadline, to its commanders at second_escalation_at
    second_escalation_at timestamptz not null,
    escalation_level int            not null default 0 check (escalation_level between 0 and 2),
    escalated_at     timestamptz,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(128),
    answered_at      timestamptz,
    answered_by      varchar(128),
    closed_at        timestamptz,
    closed_by        varchar(128),
    created_by       varchar(128)   not null,
    created_at       timestamptz    not null,
    updated_by       varchar(128)   not null,
    updated_at       timestamptz    not null,
    version          bigint         not null,
    check (ack_deadline > sent_at and answer_deadline >= ack_deadline)
);
-- inbox and outbox, newest first; the overdue list and the escalation scheduler's work queue
create index hotline_inbox_idx on hotline_message (to_agency, sent_at);
create index hotline_outbox_idx on hotline_message (from_agency, sent_at);
create index hotline_unacknowledged_idx on hotline_message (ack_deadline) where status = 'SENT';
create index hotline_unanswered_idx on hotline_message (answer_deadline) where status = 'ACKNOWLEDGED';
create index hotline_case_idx on hotline_message (case_id) where case_id is not null;

-- the thread of a message: replies of either side, the answer, and what the system recorded (escalations)
create table hotline_reply (
    id          bigserial primary key,
    message_id  uuid           not null references hotline_message (id),
    occurred_at timestamptz    not null,
    officer_id  varchar(128)   not null,
    agency      varchar(32)    not null,
    type        varchar(40)    not null,
    summary     varchar(20000) not null
);
create index hotline_reply_idx on hotline_reply (message_id, id);

-- each agency's desk: who is on duty, in which time zone and hours
create table hotline_desk (
    id          uuid primary key,
    agency      varchar(32)  not null unique,
    time_zone   varchar(64)  not null,
    opens_at    time         not null,
    closes_at   time         not null,
    created_by  varchar(128) not null,
    created_at  timestamptz  not null,
    updated_by  varchar(128) not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);
create table hotline_desk_officer (
    desk_id    uuid         not null references hotline_desk (id) on delete cascade,
    officer_id varchar(128) not null,
    primary key (desk_id, officer_id)
);
insert into hotline_desk (id, agency, time_zone, opens_at, closes_at, created_by, created_at, updated_by, updated_at, version) values
    ('6d0e1a5c-0000-4000-8000-000000000001', 'VN-C04',   'Asia/Ho_Chi_Minh', '07:30', '17:30', 'migration', now(), 'migration', now(), 0),
    ('6d0e1a5c-0000-4000-8000-000000000002', 'VN-BDBP',  'Asia/Ho_Chi_Minh', '07:30', '17:30', 'migration', now(), 'migration', now(), 0),
    ('6d0e1a5c-0000-4000-8000-000000000003', 'TH-ONCB',  'Asia/Bangkok',     '08:30', '16:30', 'migration', now(), 'migration', now(), 0),
    ('6d0e1a5c-0000-4000-8000-000000000004', 'TH-NSB',   'Asia/Bangkok',     '08:30', '16:30', 'migration', now(), 'migration', now(), 0),
    ('6d0e1a5c-0000-4000-8000-000000000005', 'LA-MPS',   'Asia/Vientiane',   '08:00', '16:00', 'migration', now(), 'migration', now(), 0),
    ('6d0e1a5c-0000-4000-8000-000000000006', 'KH-NACD',  'Asia/Phnom_Penh',  '07:30', '17:00', 'migration', now(), 'migration', now(), 0),
    ('6d0e1a5c-0000-4000-8000-000000000007', 'MM-CCDAC', 'Asia/Yangon',      '09:30', '16:30', 'migration', now(), 'migration', now(), 0),
    ('6d0e1a5c-0000-4000-8000-000000000008', 'CN-NNCC',  'Asia/Shanghai',    '08:30', '17:30', 'migration', now(), 'migration', now(), 0);

-- what each agency's live feed and webhooks carry, in order (the id is the SSE event id)
create table hotline_event (
    id          bigserial primary key,
    agency      varchar(32)  not null,
    type        varchar(40)  not null,
    message_id  uuid         not null,
    occurred_at timestamptz  not null,
    payload     text         not null
);
create index hotline_event_agency_idx on hotline_event (agency, id);

-- national systems' webhooks, and each event's delivery to them (an outbox: written with the event)
create table hotline_webhook (
    id          uuid primary key,
    agency      varchar(32)   not null,
    url         varchar(2000) not null,
    secret      varchar(128)  not null,
    active      boolean       not null,
    created_by  varchar(128)  not null,
    created_at  timestamptz   not null,
    updated_by  varchar(128)  not null,
    updated_at  timestamptz   not null,
    version     bigint        not null
);
create index hotline_webhook_agency_idx on hotline_webhook (agency) where active;
create table hotline_delivery (
    id              bigserial primary key,
    webhook_id      uuid          not null references hotline_webhook (id),
    event_id        bigint        not null references hotline_event (id),
    status          varchar(16)   not null check (status in ('PENDING', 'DELIVERED', 'PARKED')),
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    delivered_at    timestamptz,
    unique (webhook_id, event_id)
);
create index hotline_delivery_due_idx on hotline_delivery (next_attempt_at) where status = 'PENDING';
create index hotline_delivery_webhook_idx on hotline_delivery (webhook_id, status, id);

-- every replica's live feed listens on this channel; PostgreSQL delivers a notification only when the
-- transaction that wrote the event commits, and to every listening connection (payload: agency:id)
create function hotline_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('hotline_events', new.agency || ':' || new.id);
    return new;
end;
$$;
create trigger hotline_event_announced after insert on hotline_event for each row execute function hotline_event_notify();
