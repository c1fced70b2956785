-- Cross-border correlation, first part (issue 8): the entities a report names, matched exactly by
-- their normalised key once the report is published; each hit kept with what matched; values that
-- match too much (a cut-off per value) or that supervisors exclude raise nothing.
create table report_entity (
    id         uuid primary key,
    report_id  uuid         not null references intel_report (id),
    agency     varchar(32)  not null,
    position   int          not null,
    type       varchar(24)  not null,
    value      varchar(300) not null,
    country    varchar(2),
    match_key  varchar(340) not null
);
create index report_entity_report_idx on report_entity (report_id, position);
-- what a new report's keys are looked up by
create index report_entity_key_idx on report_entity (match_key, report_id);

create table correlation_hit (
    id          uuid primary key,
    match_key   varchar(340) not null,
    type        varchar(24)  not null,
    entity_a    uuid         not null references report_entity (id),
    report_a    uuid         not null,
    agency_a    varchar(32)  not null,
    entity_b    uuid         not null references report_entity (id),
    report_b    uuid         not null,
    agency_b    varchar(32)  not null,
    warning     varchar(300),
    created_at  timestamptz  not null,
    unique (entity_a, entity_b)
);
create index correlation_hit_report_a_idx on correlation_hit (report_a);
create index correlation_hit_report_b_idx on correlation_hit (report_b);

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
