-- A name of 300 characters in Chinese script reads in Latin five or six times as long, and its key, block
-- and the hit's explanation with it: those columns take any length (a longer value was a 500, and a case
-- record the case service kept sending). The supervisors' warning quotes their reason in full.
alter table mention
    alter column match_key type text,
    alter column block_key type text,
    alter column latin type text;
alter table correlation_hit
    alter column match_key type text,
    alter column explanation type text,
    alter column warning type text;
alter table correlation_exclusion alter column match_key type text;
alter table correlation_rejection alter column match_key type text;
