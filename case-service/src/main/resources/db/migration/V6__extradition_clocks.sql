-- Extradition with the deadlines treaties set (issue 11, first part): the legal bases with their
-- default clocks, the clocks of each request, refusal grounds, surrender details, and the overdue
-- marks that make the deadline clock raise each overdue step once and only once.

create table extradition_basis (
    code                varchar(40)  primary key,
    title               varchar(300) not null,
    legal_basis         varchar(30)  not null,
    formal_request_days int          not null check (formal_request_days between 1 and 365),
    surrender_days      int          not null check (surrender_days between 1 and 365),
    source              text         not null
);

-- Defaults only: each request may set its own days. Bilateral treaties are not seeded: their texts
-- are not at hand here, and a wrong deadline is worse than none; a request under one names it
-- (agreement) and sets its days, or takes the UN model's.
insert into extradition_basis (code, title, legal_basis, formal_request_days, surrender_days, source) values
 ('UN-MODEL-1990', 'UN Model Treaty on Extradition (General Assembly resolution 45/116)', 'MULTILATERAL_CONVENTION', 40, 30,
  'Art. 9(4): release if the request and documents have not arrived within 40 days of a provisional arrest. The period for removal after surrender is granted is left to the parties by the model; 30 days is this suite''s default.'),
 ('RECIPROCITY', 'Reciprocity (no treaty between the two states)', 'RECIPROCITY', 60, 30,
  'No treaty text: the suite''s defaults (60 days after provisional arrest, 30 after approval), to be set per request from the requested state''s law.');

alter table extradition
    add column basis_code                varchar(40) references extradition_basis (code),
    add column formal_request_days       int check (formal_request_days between 1 and 365),
    add column surrender_days            int check (surrender_days between 1 and 365),
    add column formal_request_on         date,
    add column refusal_ground            varchar(40),
    add column handover_place            varchar(300),
    add column formal_request_overdue_at timestamptz,
    add column surrender_overdue_at      timestamptz;

create table extradition_escort (
    extradition_id uuid        not null references extradition (id) on delete cascade,
    agency_code    varchar(32) not null,
    primary key (extradition_id, agency_code)
);

-- What the deadline clock looks for on every tick: only the requests whose clock runs.
create index extradition_formal_due_idx on extradition (provisional_arrest_on)
    where status = 'PROVISIONAL_ARREST' and formal_request_overdue_at is null;
create index extradition_surrender_due_idx on extradition (decided_on)
    where status = 'APPROVED' and surrender_overdue_at is null;
