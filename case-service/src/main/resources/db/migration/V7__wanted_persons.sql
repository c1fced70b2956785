-- Wanted persons (issue 11, second part): warrants with the international requests made for them,
-- the keys the wanted list is searched by, sightings, transfers outside extradition, assets linked
-- to a person, and the indexes the fugitive statistics filter by.

create table warrant (
    id                uuid primary key,
    case_id           uuid         not null references joint_case (id),
    subject_id        uuid         not null references subject (id),
    issuing_country   varchar(2)   not null,
    issuing_authority varchar(300) not null,
    issued_on         date         not null,
    offence           varchar(500) not null,
    reference         varchar(100) not null,
    status            varchar(16)  not null,
    contact           varchar(300),
    created_by        varchar(128) not null,
    created_at        timestamptz  not null,
    updated_by        varchar(128) not null,
    updated_at        timestamptz  not null,
    version           bigint       not null
);
create index warrant_case_idx on warrant (case_id, issued_on);
create index warrant_subject_idx on warrant (subject_id);
create index warrant_issued_idx on warrant (issuing_country, issued_on);

-- An INTERPOL Red Notice or diffusion, or a bilateral request, each with its own status.
create table international_request (
    id           uuid primary key,
    case_id      uuid         not null references joint_case (id),
    warrant_id   uuid         not null references warrant (id),
    kind         varchar(24)  not null,
    addressed_to varchar(2),
    reference    varchar(100),
    status       varchar(16)  not null,
    requested_on date         not null,
    status_on    date         not null,
    notes        varchar(2000),
    created_by   varchar(128) not null,
    created_at   timestamptz  not null,
    updated_by   varchar(128) not null,
    updated_at   timestamptz  not null,
    version      bigint       not null
);
create index international_request_warrant_idx on international_request (warrant_id, requested_on);

-- What the wanted list is searched by: a folded name (each of the person's names and aliases) or a
-- document number without separators. Rewritten whenever the warrant or its person changes.
create table wanted_key (
    warrant_id uuid         not null references warrant (id) on delete cascade,
    kind       varchar(8)   not null,
    value      varchar(300) not null,
    primary key (kind, value, warrant_id)
);
create index wanted_key_warrant_idx on wanted_key (warrant_id);

create table sighting (
    id                      uuid primary key,
    case_id                 uuid         not null references joint_case (id),
    warrant_id              uuid         not null references warrant (id),
    recording_agency        varchar(32)  not null references agency (code),
    country                 varchar(2)   not null,
    province                varchar(6),
    place                   varchar(300),
    seen_at                 timestamptz  not null,
    source_reliability      varchar(1)   not null,
    information_credibility varchar(1)   not null,
    notes                   varchar(2000),
    created_by              varchar(128) not null,
    created_at              timestamptz  not null,
    updated_by              varchar(128) not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null
);
create index sighting_warrant_idx on sighting (warrant_id, seen_at);
create index sighting_case_idx on sighting (case_id, seen_at);
create index sighting_time_idx on sighting (seen_at);

-- A transfer outside extradition (deportation, handover at a border) is its own kind with its own steps.
alter table extradition add column kind varchar(20) not null default 'EXTRADITION';

-- Seizures and assets linked to a person, for the asset-recovery view.
alter table seizure add column subject_id uuid references subject (id);
alter table seized_asset add column subject_id uuid references subject (id);
create index seizure_subject_idx on seizure (subject_id) where subject_id is not null;
create index seized_asset_subject_idx on seized_asset (subject_id) where subject_id is not null;

-- The same person in another case is found by a document number written without separators.
create index subject_document_number_idx on subject_document (upper(regexp_replace(number, '[^0-9A-Za-z]', '', 'g')));

-- Fugitive statistics count by the dates things happened.
create index extradition_surrendered_idx on extradition (surrendered_on) where surrendered_on is not null;
create index extradition_refused_idx on extradition (decided_on) where status = 'REFUSED';
create index arrest_subject_idx on arrest (subject_id, arrested_at);
