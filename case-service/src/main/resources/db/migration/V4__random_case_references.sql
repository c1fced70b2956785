-- Case references no longer count: a random part replaces the per-year number (CaseReferences),
-- so the number and its lock go.
alter table joint_case drop constraint joint_case_ref_uq;
alter table joint_case drop column ref_number;
