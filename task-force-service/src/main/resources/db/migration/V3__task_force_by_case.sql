-- The case dossier lists a case's task forces: a filter needs its index.
create index task_force_case_case_idx on task_force_case (case_id, task_force_id);
