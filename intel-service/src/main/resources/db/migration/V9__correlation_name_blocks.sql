-- Persons' names matched across scripts and spellings (issue 8): a mention is looked up by its block —
-- its match key for identifiers (the very same value), for a person the sorted consonants of the name's
-- sound form (PersonNames), which every spelling of the name shares — and a person's candidates are then
-- scored. The Latin reading of a name written in another script is kept beside it.
alter table mention
    add column block_key varchar(340),
    add column latin     varchar(600);
-- persons indexed before this change keep their folded name as block until they are sent or published anew
update mention set block_key = match_key;
alter table mention alter column block_key set not null;
create index mention_block_idx on mention (block_key);
drop index mention_key_idx;
