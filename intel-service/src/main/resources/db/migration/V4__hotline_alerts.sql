-- Alerts the suite's other services raise on an agency's hotline feed (issue 11: an extradition step
-- overdue, a wanted person sighted): kept and listed, and announced on the feed and to webhooks like
-- a message's events. An alert's id is the raising service's: a redelivery is the same alert.
alter table hotline_event alter column message_id drop not null;

create table hotline_alert (
    id          uuid primary key,
    agency      varchar(32)   not null,
    kind        varchar(32)   not null,
    source      varchar(128)  not null,
    case_id     uuid,
    object_type varchar(32),
    object_id   varchar(64),
    title       varchar(300)  not null,
    body        varchar(2000) not null,
    occurred_at timestamptz   not null,
    received_at timestamptz   not null
);
create index hotline_alert_agency_idx on hotline_alert (agency, occurred_at desc, id);
