-- Analysts confirm or reject a hit (issue 8); a rejected pair of records is not raised again, even
-- when one of them is sent anew (its mentions, and so its hits, are then replaced).
alter table correlation_hit
    add column verdict         varchar(10),
    add column verdict_reason  varchar(500),
    add column verdict_by      varchar(128),
    add column verdict_agency  varchar(32),
    add column verdict_at      timestamptz;

create table correlation_rejection (
    match_key  varchar(340) not null,
    holder_low  uuid        not null,
    holder_high uuid        not null,
    reason     varchar(500) not null,
    rejected_by varchar(128) not null,
    agency     varchar(32)  not null,
    rejected_at timestamptz not null,
    primary key (match_key, holder_low, holder_high)
);
