-- The case service feeds the correlation index (issue 8): phones of subjects, identifiers of seized
-- assets; the outbox names the resource an entry is for (a case record, a case's participants).
create table subject_phone (
    subject_id uuid        not null references subject (id) on delete cascade,
    position   int         not null,
    number     varchar(40) not null,
    primary key (subject_id, position)
);

alter table seized_asset
    add column plate               varchar(20),
    add column plate_country       varchar(2),
    add column vin                 varchar(17),
    add column vessel_registration varchar(40),
    add column account_number      varchar(64);

alter table outbox add column resource varchar(200);
