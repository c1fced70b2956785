-- Every record carries the same tracking columns (TrackedRecord): id, created by/at, updated by/at
-- and version. Records written before take their creation as their last change.
alter table joint_case add column updated_by varchar(128);
update joint_case set updated_by = created_by;

alter table subject add column created_by varchar(128), add column updated_by varchar(128);
update subject set created_by = 'unknown (before tracking)', updated_by = 'unknown (before tracking)';

alter table extradition add column created_by varchar(128), add column updated_by varchar(128);
update extradition set created_by = 'unknown (before tracking)', updated_by = 'unknown (before tracking)';

alter table arrest add column updated_by varchar(128), add column updated_at timestamptz, add column version bigint not null default 0;
update arrest set updated_by = created_by, updated_at = created_at;

alter table seizure add column updated_by varchar(128), add column updated_at timestamptz, add column version bigint not null default 0;
update seizure set updated_by = created_by, updated_at = created_at;

alter table seized_asset add column updated_by varchar(128), add column updated_at timestamptz, add column version bigint not null default 0;
update seized_asset set updated_by = created_by, updated_at = created_at;

alter table joint_case alter column updated_by set not null;
alter table subject alter column created_by set not null, alter column updated_by set not null;
alter table extradition alter column created_by set not null, alter column updated_by set not null;
alter table arrest alter column updated_by set not null, alter column updated_at set not null, alter column version drop default;
alter table seizure alter column updated_by set not null, alter column updated_at set not null, alter column version drop default;
alter table seized_asset alter column updated_by set not null, alter column updated_at set not null, alter column version drop default;
