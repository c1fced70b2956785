-- Reference data: the agencies that take part in joint investigations.
create table agency (
    code    varchar(32)  primary key,
    name    varchar(200) not null,
    country varchar(2)      not null
);
insert into agency (code, name, country) values
    ('VN-C04',   'Police Department for Drug-related Crimes (C04), Ministry of Public Security', 'VN'),
    ('VN-BDBP',  'Vietnam Border Guard Command, Drug and Crime Prevention Department',         'VN'),
    ('TH-ONCB',  'Office of the Narcotics Control Board',                                      'TH'),
    ('TH-NSB',   'Narcotics Suppression Bureau, Royal Thai Police',                            'TH'),
    ('LA-MPS',   'Ministry of Public Security, Counter-Narcotics Department',                  'LA'),
    ('KH-NACD',  'National Authority for Combating Drugs',                                     'KH'),
    ('MM-CCDAC', 'Central Committee for Drug Abuse Control',                                   'MM'),
    ('CN-NNCC',  'National Narcotics Control Commission',                                      'CN');

create table joint_case (
    id          uuid primary key,
    reference   varchar(20)   not null unique,
    ref_year    int           not null,
    ref_number  int           not null,
    title       varchar(200)  not null,
    summary     varchar(4000),
    priority    varchar(16)   not null,
    tlp         varchar(16)   not null,
    status      varchar(16)   not null,
    lead_agency varchar(32)   not null references agency (code),
    opened_on   date          not null,
    closed_on   date,
    created_by  varchar(128)  not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint joint_case_ref_uq unique (ref_year, ref_number)
);
create index joint_case_opened_idx on joint_case (opened_on);

create table case_participant (
    case_id     uuid        not null references joint_case (id) on delete cascade,
    agency_code varchar(32) not null references agency (code),
    primary key (case_id, agency_code)
);
create index case_participant_agency_idx on case_participant (agency_code, case_id);

create table subject (
    id            uuid primary key,
    case_id       uuid         not null references joint_case (id),
    full_name     varchar(300) not null,
    nationality   varchar(2),
    date_of_birth date,
    role          varchar(16)  not null,
    status        varchar(16)  not null,
    notes         varchar(2000),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null
);
create index subject_case_idx on subject (case_id);

create table subject_alias (
    subject_id uuid         not null references subject (id) on delete cascade,
    position   int          not null,
    alias      varchar(300) not null,
    primary key (subject_id, position)
);

create table subject_document (
    subject_id      uuid        not null references subject (id) on delete cascade,
    position        int         not null,
    type            varchar(24) not null,
    number          varchar(64) not null,
    issuing_country varchar(2),
    primary key (subject_id, position)
);

create table arrest (
    id               uuid primary key,
    case_id          uuid         not null references joint_case (id),
    subject_id       uuid         not null references subject (id),
    arresting_agency varchar(32)  not null references agency (code),
    country          varchar(2)      not null,
    province         varchar(6),
    place            varchar(300),
    arrested_at      timestamptz  not null,
    notes            varchar(2000),
    created_by       varchar(128) not null,
    created_at       timestamptz  not null
);
create index arrest_case_idx on arrest (case_id);
create index arrest_time_idx on arrest (arrested_at);

create table seizure (
    id               uuid primary key,
    case_id          uuid           not null references joint_case (id),
    substance        varchar(40)    not null,
    substance_name   varchar(200),
    quantity         numeric(18, 3) not null check (quantity > 0),
    unit             varchar(10)    not null,
    tablet_weight_mg numeric(10, 3),
    kg_equivalent    numeric(20, 6),
    country          varchar(2)        not null,
    province         varchar(6),
    place            varchar(300),
    seized_at        timestamptz    not null,
    purity_percent   numeric(5, 2),
    tablet_logo      varchar(100),
    packaging_marks  varchar(500),
    forensic_notes   varchar(2000),
    created_by       varchar(128)   not null,
    created_at       timestamptz    not null
);
create index seizure_case_idx on seizure (case_id);
create index seizure_time_idx on seizure (seized_at);

-- A joint seizure names every seizing agency but is one seizure: statistics count the row once.
create table seizure_agency (
    seizure_id  uuid        not null references seizure (id) on delete cascade,
    agency_code varchar(32) not null references agency (code),
    primary key (seizure_id, agency_code)
);

create table seized_asset (
    id              uuid primary key,
    case_id         uuid           not null references joint_case (id),
    type            varchar(20)    not null,
    description     varchar(500),
    item_count      int            not null check (item_count > 0),
    estimated_value numeric(18, 2),
    currency        varchar(3),
    seizing_agency  varchar(32)    not null references agency (code),
    country         varchar(2)        not null,
    seized_at       timestamptz    not null,
    created_by      varchar(128)   not null,
    created_at      timestamptz    not null
);
create index seized_asset_case_idx on seized_asset (case_id);

create table extradition (
    id                    uuid primary key,
    case_id               uuid         not null references joint_case (id),
    subject_id            uuid         not null references subject (id),
    requesting_country    varchar(2)      not null,
    requested_country     varchar(2)      not null,
    legal_basis           varchar(32)  not null,
    agreement             varchar(300),
    status                varchar(24)  not null,
    requested_on          date         not null,
    provisional_arrest_on date,
    decided_on            date,
    surrendered_on        date,
    notes                 varchar(2000),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null
);
create index extradition_case_idx on extradition (case_id);

create table case_event (
    id          bigserial primary key,
    case_id     uuid         not null references joint_case (id),
    occurred_at timestamptz  not null,
    officer_id  varchar(128) not null,
    agency      varchar(32)  not null,
    type        varchar(48)  not null,
    summary     varchar(500) not null,
    object_type varchar(32)  not null,
    object_id   varchar(64)  not null
);
create index case_event_case_idx on case_event (case_id, id);
