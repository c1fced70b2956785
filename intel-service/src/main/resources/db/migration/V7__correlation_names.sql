-- Persons' names in the correlation index (issue 8): a name matches by its folded key, and counts as
-- a hit only with a second agreeing attribute (year of birth, nationality); alone it is "possible".
alter table mention add column birth_year int;
alter table correlation_hit
    add column strength    varchar(8)  not null default 'HIT',
    add column explanation varchar(500);
