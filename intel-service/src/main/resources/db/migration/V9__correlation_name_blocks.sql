-- Persons' names matched across scripts and spellings (issue 8): besides its match key (the very same
-- name once folded), a person's mention has a block — the sorted consonants of the name's sound form
-- (PersonNames), which every spelling of the name shares; a name's candidates are the mentions of its
-- block (scored), or of its key alone when the block is too full to mean anything. The Latin reading of
-- a name written in another script is kept beside it. Persons indexed before this change have no block:
-- they match by their key until they are sent or published anew.
alter table mention
    add column block_key varchar(340),
    add column latin     varchar(600);
create index mention_block_idx on mention (block_key) where block_key is not null;
