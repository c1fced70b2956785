-- Agreements between countries: the legal basis of every share of intelligence across a border.
create table agreement (
    id           uuid primary key,
    code         varchar(40)   not null unique,
    title        varchar(300)  not null,
    kind         varchar(16)   not null check (kind in ('BILATERAL', 'MULTILATERAL')),
    max_handling varchar(2)    not null check (max_handling in ('H0', 'H1', 'H2', 'H3')),
    valid_from   date          not null,
    valid_until  date,
    status       varchar(16)   not null check (status in ('IN_FORCE', 'WITHDRAWN')),
    withdrawn_on date,
    notes        varchar(2000),
    created_by   varchar(128)  not null,
    created_at   timestamptz   not null,
    updated_by   varchar(128)  not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    check (valid_until is null or valid_until >= valid_from)
);
create table agreement_party (
    agreement_id uuid       not null references agreement (id) on delete cascade,
    country      varchar(2) not null,
    primary key (agreement_id, country)
);
create index agreement_party_country_idx on agreement_party (country, agreement_id);
create table agreement_purpose (
    agreement_id uuid        not null references agreement (id) on delete cascade,
    purpose      varchar(32) not null,
    primary key (agreement_id, purpose)
);

-- Proposed changes; applied once every party country approved, and kept as the agreement's history.
create table agreement_proposal (
    id                 uuid primary key,
    agreement_id       uuid references agreement (id),
    change             varchar(16)   not null check (change in ('CREATE', 'AMEND', 'WITHDRAW')),
    code               varchar(40),
    title              varchar(300),
    kind               varchar(16),
    max_handling       varchar(2),
    valid_from         date,
    valid_until        date,
    reason             varchar(2000) not null,
    proposer_agency    varchar(32)   not null,
    proposer_country   varchar(2)    not null,
    status             varchar(16)   not null check (status in ('PENDING', 'APPLIED', 'REJECTED')),
    decided_at         timestamptz,
    rejected_by        varchar(128),
    rejected_by_agency varchar(32),
    rejection_reason   varchar(2000),
    created_by         varchar(128)  not null,
    created_at         timestamptz   not null,
    updated_by         varchar(128)  not null,
    updated_at         timestamptz   not null,
    version            bigint        not null
);
create index agreement_proposal_agreement_idx on agreement_proposal (agreement_id, created_at);
create index agreement_proposal_status_idx on agreement_proposal (status, created_at);
-- at most one open proposal to create an agreement of a given code
create unique index agreement_proposal_pending_code_uq on agreement_proposal (code) where status = 'PENDING' and change = 'CREATE';
create table agreement_proposal_party (
    proposal_id uuid       not null references agreement_proposal (id) on delete cascade,
    country     varchar(2) not null,
    primary key (proposal_id, country)
);
create table agreement_proposal_purpose (
    proposal_id uuid        not null references agreement_proposal (id) on delete cascade,
    purpose     varchar(32) not null,
    primary key (proposal_id, purpose)
);
create table agreement_proposal_approver (
    proposal_id uuid       not null references agreement_proposal (id) on delete cascade,
    country     varchar(2) not null,
    primary key (proposal_id, country)
);
create table agreement_approval (
    proposal_id uuid         not null references agreement_proposal (id) on delete cascade,
    country     varchar(2)   not null,
    agency      varchar(32)  not null,
    officer_id  varchar(128) not null,
    approved_at timestamptz  not null,
    primary key (proposal_id, country)
);

-- Intelligence reports and early-warning notes.
create table intel_report (
    id                    uuid primary key,
    reference             varchar(24)    not null unique,
    kind                  varchar(16)    not null check (kind in ('REPORT', 'EARLY_WARNING')),
    originator_agency     varchar(32)    not null,
    originator_country    varchar(2)     not null,
    title                 varchar(300)   not null,
    body                  varchar(20000) not null,
    source_reliability    varchar(1)     not null check (source_reliability between 'A' and 'F'),
    info_credibility      int            not null check (info_credibility between 1 and 6),
    graded_as             varchar(16),
    tlp                   varchar(16)    not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')),
    handling              varchar(2)     not null check (handling in ('H0', 'H1', 'H2', 'H3')),
    handling_conditions   varchar(2000),
    smuggling_method      varchar(500),
    valid_until           date,
    status                varchar(16)    not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_at          timestamptz,
    withdrawn_at          timestamptz,
    withdrawn_by          varchar(128),
    withdrawn_by_agency   varchar(32),
    withdrawal_reason     varchar(1000),
    ew_substance_name     varchar(200),
    ew_tablet_logo        varchar(100),
    ew_colour             varchar(100),
    ew_packaging_mark     varchar(200),
    ew_first_seen_at      timestamptz,
    ew_first_seen_country varchar(2),
    ew_first_seen_province varchar(6),
    ew_first_seen_place   varchar(300),
    ew_seizure_reference  varchar(100),
    created_by            varchar(128)   not null,
    created_at            timestamptz    not null,
    updated_by            varchar(128)   not null,
    updated_at            timestamptz    not null,
    version               bigint         not null,
    check (handling <> 'H3' or handling_conditions is not null)
);
-- an index for every filter of the list (ReportRepository): originator and period, grading, TLP,
-- status, text (trigram, on the same expressions the query uses)
create index intel_report_originator_idx on intel_report (originator_agency, created_at);
create index intel_report_created_idx on intel_report (created_at);
create index intel_report_grading_idx on intel_report (source_reliability, info_credibility);
create index intel_report_tlp_idx on intel_report (tlp, created_at);
create index intel_report_status_idx on intel_report (kind, status, created_at);
create extension if not exists pg_trgm;
create index intel_report_title_trgm on intel_report using gin (lower(title) gin_trgm_ops);
create index intel_report_body_trgm on intel_report using gin (lower(body) gin_trgm_ops);

create table intel_report_case_ref (
    report_id uuid        not null references intel_report (id) on delete cascade,
    position  int         not null,
    case_ref  varchar(64) not null,
    primary key (report_id, position)
);
create index intel_report_case_ref_idx on intel_report_case_ref (case_ref, report_id);
create table intel_report_substance (
    report_id uuid        not null references intel_report (id) on delete cascade,
    substance varchar(32) not null,
    primary key (report_id, substance)
);
create index intel_report_substance_idx on intel_report_substance (substance, report_id);
create table intel_report_waypoint (
    report_id uuid         not null references intel_report (id) on delete cascade,
    position  int          not null,
    country   varchar(2)   not null,
    place     varchar(200),
    crossing  varchar(16),
    primary key (report_id, position)
);
create index intel_report_waypoint_country_idx on intel_report_waypoint (country, report_id);
create table intel_report_named_officer (
    report_id  uuid         not null references intel_report (id) on delete cascade,
    agency     varchar(32)  not null,
    officer_id varchar(128) not null,
    primary key (report_id, agency, officer_id)
);
create table intel_report_photo (
    report_id  uuid          not null references intel_report (id) on delete cascade,
    position   int           not null,
    file_name  varchar(255)  not null,
    media_type varchar(100)  not null,
    sha256     varchar(64)   not null,
    size_bytes bigint        not null,
    taken_at   timestamptz,
    caption    varchar(500),
    primary key (report_id, position)
);

-- Who may read a report besides its originator: one row per receiving agency, for a purpose, on an
-- agreement. Access needs the share unrevoked and its agreement in force, checked at every read.
create table report_share (
    id                 uuid primary key,
    report_id          uuid         not null references intel_report (id),
    agency             varchar(32)  not null,
    country            varchar(2)   not null,
    shared_by_agency   varchar(32)  not null,
    shared_by_country  varchar(2)   not null,
    agreement_id       uuid references agreement (id),
    agreement_code     varchar(40),
    purpose            varchar(32)  not null,
    via                varchar(16)  not null check (via in ('ORIGINATOR', 'PASS_ON', 'CONSENT')),
    consent_request_id uuid,
    revoked_at         timestamptz,
    revoked_by         varchar(128),
    created_by         varchar(128) not null,
    created_at         timestamptz  not null,
    updated_by         varchar(128) not null,
    updated_at         timestamptz  not null,
    version            bigint       not null,
    check (country = shared_by_country or agreement_id is not null)
);
create unique index report_share_active_uq on report_share (report_id, agency) where revoked_at is null;
create index report_share_agency_idx on report_share (agency, report_id) where revoked_at is null;
create index report_share_agreement_idx on report_share (agreement_id) where revoked_at is null;

create table consent_request (
    id                 uuid primary key,
    report_id          uuid          not null references intel_report (id),
    requesting_agency  varchar(32)   not null,
    requesting_country varchar(2)    not null,
    target_agency      varchar(32)   not null,
    target_country     varchar(2)    not null,
    agreement_code     varchar(40),
    purpose            varchar(32)   not null,
    reason             varchar(2000),
    status             varchar(16)   not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by         varchar(128),
    decided_at         timestamptz,
    decision_reason    varchar(2000),
    share_id           uuid,
    created_by         varchar(128)  not null,
    created_at         timestamptz   not null,
    updated_by         varchar(128)  not null,
    updated_at         timestamptz   not null,
    version            bigint        not null
);
create index consent_request_report_idx on consent_request (report_id, created_at);
create unique index consent_request_pending_uq on consent_request (report_id, target_agency) where status = 'PENDING';

create table report_event (
    id              bigserial primary key,
    report_id       uuid         not null references intel_report (id),
    occurred_at     timestamptz  not null,
    officer_id      varchar(128) not null,
    agency          varchar(32)  not null,
    type            varchar(40)  not null,
    summary         varchar(500) not null,
    concerns_agency varchar(32)
);
create index report_event_report_idx on report_event (report_id, id);

-- The agreements in force when the suite was set up. Where this file names only a year, the day of
-- entry into force is not recorded here: the parties amend it through a proposal (README, Agreements).
insert into agreement (id, code, title, kind, max_handling, valid_from, valid_until, status, notes,
                       created_by, created_at, updated_by, updated_at, version) values
    ('7a3f0c1e-1998-4d0e-8a01-000000000001', 'VN-TH-1998',
     'Agreement between Viet Nam and Thailand on cooperation in combating illicit traffic in narcotic drugs, psychotropic substances and precursors (1998)',
     'BILATERAL', 'H3', '1998-01-01', null, 'IN_FORCE', 'Signed 1998; day of entry into force to be confirmed by the parties.',
     'migration', now(), 'migration', now(), 0),
    ('7a3f0c1e-1998-4d0e-8a01-000000000002', 'VN-LA-DRUG',
     'Cooperation agreement between Viet Nam and the Lao PDR on drug prevention and control',
     'BILATERAL', 'H3', '1998-01-01', null, 'IN_FORCE', 'Date of entry into force to be confirmed by the parties.',
     'migration', now(), 'migration', now(), 0),
    ('7a3f0c1e-1998-4d0e-8a01-000000000003', 'VN-KH-DRUG',
     'Cooperation agreement between Viet Nam and Cambodia on drug prevention and control',
     'BILATERAL', 'H2', '1998-01-01', null, 'IN_FORCE', 'Date of entry into force to be confirmed by the parties.',
     'migration', now(), 'migration', now(), 0),
    ('7a3f0c1e-1993-4d0e-8a01-000000000004', 'MEKONG-MOU-1993',
     'Memorandum of Understanding on Drug Control among Cambodia, China, the Lao PDR, Myanmar, Thailand and Viet Nam (Mekong MOU, 1993)',
     'MULTILATERAL', 'H1', '1993-01-01', null, 'IN_FORCE', 'A memorandum of understanding, not a treaty: analysis and investigation leads, material up to H1.',
     'migration', now(), 'migration', now(), 0);
insert into agreement_party (agreement_id, country) values
    ('7a3f0c1e-1998-4d0e-8a01-000000000001', 'VN'), ('7a3f0c1e-1998-4d0e-8a01-000000000001', 'TH'),
    ('7a3f0c1e-1998-4d0e-8a01-000000000002', 'VN'), ('7a3f0c1e-1998-4d0e-8a01-000000000002', 'LA'),
    ('7a3f0c1e-1998-4d0e-8a01-000000000003', 'VN'), ('7a3f0c1e-1998-4d0e-8a01-000000000003', 'KH'),
    ('7a3f0c1e-1993-4d0e-8a01-000000000004', 'KH'), ('7a3f0c1e-1993-4d0e-8a01-000000000004', 'CN'),
    ('7a3f0c1e-1993-4d0e-8a01-000000000004', 'LA'), ('7a3f0c1e-1993-4d0e-8a01-000000000004', 'MM'),
    ('7a3f0c1e-1993-4d0e-8a01-000000000004', 'TH'), ('7a3f0c1e-1993-4d0e-8a01-000000000004', 'VN');
insert into agreement_purpose (agreement_id, purpose) values
    ('7a3f0c1e-1998-4d0e-8a01-000000000001', 'INVESTIGATION'), ('7a3f0c1e-1998-4d0e-8a01-000000000001', 'INTELLIGENCE_ANALYSIS'),
    ('7a3f0c1e-1998-4d0e-8a01-000000000001', 'PROSECUTION'),
    ('7a3f0c1e-1998-4d0e-8a01-000000000002', 'INVESTIGATION'), ('7a3f0c1e-1998-4d0e-8a01-000000000002', 'INTELLIGENCE_ANALYSIS'),
    ('7a3f0c1e-1998-4d0e-8a01-000000000002', 'PROSECUTION'), ('7a3f0c1e-1998-4d0e-8a01-000000000002', 'EXTRADITION'),
    ('7a3f0c1e-1998-4d0e-8a01-000000000003', 'INVESTIGATION'), ('7a3f0c1e-1998-4d0e-8a01-000000000003', 'INTELLIGENCE_ANALYSIS'),
    ('7a3f0c1e-1993-4d0e-8a01-000000000004', 'INVESTIGATION'), ('7a3f0c1e-1993-4d0e-8a01-000000000004', 'INTELLIGENCE_ANALYSIS');
