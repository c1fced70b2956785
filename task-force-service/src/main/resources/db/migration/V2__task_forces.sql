-- The officer roster.
create table officer (
    id         uuid primary key,
    officer_id varchar(128) not null unique,
    name       varchar(200) not null,
    agency     varchar(32)  not null,
    country    varchar(2)   not null,
    officer_rank varchar(100),
    created_by varchar(128) not null,
    created_at timestamptz  not null,
    updated_by varchar(128) not null,
    updated_at timestamptz  not null,
    version    bigint       not null
);
create index officer_agency_idx on officer (agency, name);
create table officer_language (
    officer_ref uuid        not null references officer (id) on delete cascade,
    language    varchar(3)  not null,
    primary key (officer_ref, language)
);
create index officer_language_idx on officer_language (language, officer_ref);
create table officer_specialty (
    officer_ref uuid        not null references officer (id) on delete cascade,
    specialty   varchar(40) not null,
    primary key (officer_ref, specialty)
);
create index officer_specialty_idx on officer_specialty (specialty, officer_ref);

create table task_force (
    id          uuid primary key,
    reference   varchar(24)   not null unique,
    name        varchar(200)  not null,
    mandate     varchar(4000) not null,
    lead_agency varchar(32)   not null,
    status      varchar(16)   not null check (status in ('FORMING', 'ACTIVE', 'STOOD_DOWN')),
    created_by  varchar(128)  not null,
    created_at  timestamptz   not null,
    updated_by  varchar(128)  not null,
    updated_at  timestamptz   not null,
    version     bigint        not null
);
create index task_force_lead_idx on task_force (lead_agency, created_at);
create table task_force_case (
    task_force_id  uuid         not null references task_force (id) on delete cascade,
    position       int          not null,
    case_id        uuid         not null,
    case_reference varchar(40),
    lead_agency    varchar(32)  not null,
    linked_at      timestamptz  not null,
    linked_by      varchar(128) not null,
    primary key (task_force_id, position)
);
create index task_force_case_lead_idx on task_force_case (lead_agency, task_force_id);
create unique index task_force_case_uq on task_force_case (task_force_id, case_id);

create table membership (
    id            uuid primary key,
    task_force_id uuid          not null references task_force (id),
    officer_id    varchar(128)  not null,
    agency        varchar(32)   not null,
    country       varchar(2)    not null,
    role          varchar(16)   not null,
    reports_to    varchar(128)  not null,
    joined_at     timestamptz   not null,
    left_at       timestamptz,
    left_reason   varchar(1000),
    created_by    varchar(128)  not null,
    created_at    timestamptz   not null,
    updated_by    varchar(128)  not null,
    updated_at    timestamptz   not null,
    version       bigint        not null
);
create index membership_task_force_idx on membership (task_force_id, joined_at);
-- who sees a task force: the agencies of its current members
create index membership_agency_idx on membership (agency, task_force_id) where left_at is null;
create index membership_officer_idx on membership (officer_id) where left_at is null;
create unique index membership_current_uq on membership (task_force_id, officer_id) where left_at is null;

create table task_force_event (
    id            bigserial primary key,
    task_force_id uuid         not null references task_force (id),
    occurred_at   timestamptz  not null,
    officer_id    varchar(128) not null,
    agency        varchar(32)  not null,
    type          varchar(40)  not null,
    summary       varchar(500) not null
);
create index task_force_event_idx on task_force_event (task_force_id, id);

create table deployment (
    id            uuid primary key,
    task_force_id uuid          not null references task_force (id),
    country       varchar(2)    not null,
    province      varchar(6),
    place_name    varchar(300)  not null,
    latitude      numeric(9, 6),
    longitude     numeric(9, 6),
    kind          varchar(16)   not null check (kind in ('CRIME_SCENE', 'BORDER_AREA', 'CHECKPOINT', 'PORT')),
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null,
    language_gap  boolean       not null,
    created_by    varchar(128)  not null,
    created_at    timestamptz   not null,
    updated_by    varchar(128)  not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    check (ends_at > starts_at)
);
create index deployment_task_force_idx on deployment (task_force_id, starts_at);
-- An officer is never in two deployments whose windows overlap: the database enforces it, so that
-- two commanders booking the same officer at the same moment, on two replicas, cannot both succeed.
create extension if not exists btree_gist;
create table deployment_member (
    deployment_id uuid         not null references deployment (id) on delete cascade,
    officer_id    varchar(128) not null,
    starts_at     timestamptz  not null,
    ends_at       timestamptz  not null,
    period        tstzrange    generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
    primary key (deployment_id, officer_id),
    constraint deployment_member_no_overlap exclude using gist (officer_id with =, period with &&)
);

create table task (
    id              uuid primary key,
    task_force_id   uuid          not null references task_force (id),
    title           varchar(300)  not null,
    description     varchar(4000),
    due_at          timestamptz,
    priority        varchar(16)   not null,
    status          varchar(16)   not null check (status in ('TODO', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
    blocked_reason  varchar(1000),
    case_id         uuid,
    intel_report_id uuid,
    done_at         timestamptz,
    created_by      varchar(128)  not null,
    created_at      timestamptz   not null,
    updated_by      varchar(128)  not null,
    updated_at      timestamptz   not null,
    version         bigint        not null,
    check (status <> 'BLOCKED' or blocked_reason is not null)
);
create index task_task_force_idx on task (task_force_id, due_at);
-- the overdue list: open tasks by due time
create index task_overdue_idx on task (due_at) where status in ('TODO', 'IN_PROGRESS', 'BLOCKED');
create table task_assignee (
    task_id    uuid         not null references task (id) on delete cascade,
    officer_id varchar(128) not null,
    primary key (task_id, officer_id)
);
create index task_assignee_officer_idx on task_assignee (officer_id, task_id);

create table joint_operation (
    id          uuid primary key,
    name        varchar(200)  not null,
    description varchar(4000),
    lead_agency varchar(32)   not null,
    starts_on   date          not null,
    ends_on     date          not null,
    area        varchar(500)  not null,
    created_by  varchar(128)  not null,
    created_at  timestamptz   not null,
    updated_by  varchar(128)  not null,
    updated_at  timestamptz   not null,
    version     bigint        not null,
    check (ends_on >= starts_on)
);
create table operation_agency (
    operation_id uuid        not null references joint_operation (id) on delete cascade,
    agency       varchar(32) not null,
    primary key (operation_id, agency)
);
create index operation_agency_idx on operation_agency (agency, operation_id);
create table operation_task_force (
    operation_id  uuid not null references joint_operation (id) on delete cascade,
    task_force_id uuid not null references task_force (id),
    primary key (operation_id, task_force_id)
);
create table operation_case (
    operation_id uuid not null references joint_operation (id) on delete cascade,
    case_id      uuid not null,
    primary key (operation_id, case_id)
);
create table operation_result (
    id                  uuid primary key,
    operation_id        uuid           not null references joint_operation (id),
    kind                varchar(24)    not null check (kind in ('ARREST', 'SEIZURE', 'POPPY_ERADICATION')),
    recorded_by_agency  varchar(32)    not null,
    province            varchar(6),
    result_on           date           not null,
    case_id             uuid,
    record_id           uuid,
    substance           varchar(40),
    quantity            numeric(20, 3),
    unit                varchar(16),
    hectares_identified numeric(12, 2),
    hectares_destroyed  numeric(12, 2),
    created_by          varchar(128)   not null,
    created_at          timestamptz    not null,
    updated_by          varchar(128)   not null,
    updated_at          timestamptz    not null,
    version             bigint         not null,
    check (kind <> 'POPPY_ERADICATION' or (hectares_identified is not null and hectares_destroyed is not null))
);
create index operation_result_idx on operation_result (operation_id, result_on);
create index operation_result_province_idx on operation_result (province, result_on);
-- a case record counts once for an operation
create unique index operation_result_record_uq on operation_result (operation_id, record_id) where record_id is not null;
