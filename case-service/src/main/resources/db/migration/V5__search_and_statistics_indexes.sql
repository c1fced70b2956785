-- An index for every filter: the case text search (a substring of reference, title or summary, as
-- CaseRepository writes it) uses trigram indexes on the same expressions; statistics filter seized
-- assets by their date like seizures and arrests. (Audit entries by object id: common's V0_2.)
create extension if not exists pg_trgm;
create index joint_case_reference_trgm on joint_case using gin (lower(reference) gin_trgm_ops);
create index joint_case_title_trgm on joint_case using gin (lower(title) gin_trgm_ops);
create index joint_case_summary_trgm on joint_case using gin (lower(coalesce(summary, '')) gin_trgm_ops);
create index seized_asset_time_idx on seized_asset (seized_at);
