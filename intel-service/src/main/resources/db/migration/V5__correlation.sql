-- Cross-border correlation, first part (issue 8): the entities reports name and those the case
-- service sends for its subjects, seized assets and seizures ("mentions"), matched exactly by their
-- normalised key; each hit kept with what matched; values that match too much (a cut-off per value)
-- or that supervisors exclude raise nothing.
create table mention (
    id          uuid primary key,
    source      varchar(8)   not null check (source in ('REPORT', 'CASE')),
    report_id   uuid references intel_report (id),
    case_id     uuid,
    record_type varchar(16),
    record_id   uuid,
    agency      varchar(32)  not null,
    position    int          not null,
    type        varchar(24)  not null,
    value       varchar(300) not null,
    country     varchar(2),
    match_key   varchar(340) not null,
    check ((source = 'REPORT') = (report_id is not null)),
    check ((source = 'CASE') = (case_id is not null and record_type is not null and record_id is not null))
);
create index mention_report_idx on mention (report_id, position) where report_id is not null;
create index mention_record_idx on mention (record_type, record_id, position) where record_id is not null;
-- what a new mention's key is looked up by
create index mention_key_idx on mention (match_key);

-- A case record as the case service last sent it: the sequence makes a late, older delivery a no-op.
create table case_record (
    record_type    varchar(16)  not null,
    record_id      uuid         not null,
    case_id        uuid         not null,
    case_reference varchar(64)  not null,
    lead_agency    varchar(32)  not null,
    label          varchar(300) not null,
    seq            bigint       not null,
    received_at    timestamptz  not null,
    primary key (record_type, record_id)
);
create index case_record_case_idx on case_record (case_id);

-- Who may see a case's mentions: its participating agencies, as the case service last said.
create table case_visibility (
    case_id uuid        not null,
    agency  varchar(32) not null,
    primary key (case_id, agency)
);
create index case_visibility_agency_idx on case_visibility (agency, case_id);
create table case_visibility_seq (
    case_id uuid primary key,
    seq     bigint not null
);

create table correlation_hit (
    id          uuid primary key,
    match_key   varchar(340) not null,
    type        varchar(24)  not null,
    mention_a   uuid         not null references mention (id) on delete cascade,
    mention_b   uuid         not null references mention (id) on delete cascade,
    warning     varchar(300),
    created_at  timestamptz  not null,
    unique (mention_a, mention_b)
);
create index correlation_hit_b_idx on correlation_hit (mention_b);

-- Supervisors' list: NEVER (a placeholder, a hotel switchboard) raises nothing; WARN raises the hit
-- with the reason beside it.
create table correlation_exclusion (
    match_key  varchar(340) primary key,
    type       varchar(24)  not null,
    mode       varchar(8)   not null,
    reason     varchar(300) not null,
    created_by varchar(128) not null,
    agency     varchar(32)  not null,
    created_at timestamptz  not null
);
