-- Least privilege. The service runs as its app role, migrations as the owner (who runs this), the
-- audit sequencer as its own role. Where they are one account (a developer's single login), every
-- statement below is skipped: an owner keeps all rights on what it owns.
do $$
declare
    app text := '${appRole}';
    sequencer text := '${sequencerRole}';
begin
    if app <> current_user then
        -- records: read and write, on what exists and on what later migrations create
        execute format('grant usage on schema public to %I', app);
        execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
        execute format('grant usage, select on all sequences in schema public to %I', app);
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
        -- the audit trail: written once, read; never changed, truncated or unguarded (not the owner, so
        -- no ALTER TABLE ... DISABLE TRIGGER either)
        execute format('revoke update, delete, truncate, references, trigger on audit_log, audit_checkpoint from %I', app);
        execute format('revoke insert on audit_checkpoint from %I', app);
    end if;
    if sequencer <> current_user and sequencer <> app then
        execute format('grant usage on schema public to %I', sequencer);
        execute format('grant select on audit_log to %I', sequencer);
        execute format('grant update (seq, prev_hash, hash) on audit_log to %I', sequencer);
        execute format('grant select, insert on audit_checkpoint to %I', sequencer);
        execute format('grant usage, select on sequence audit_checkpoint_id_seq to %I', sequencer);
    elsif sequencer = app and app <> current_user then
        -- one runtime account for both: it must be able to link entries (the trigger still allows
        -- nothing but that one completion of a row)
        execute format('grant update (seq, prev_hash, hash) on audit_log to %I', app);
        execute format('grant insert on audit_checkpoint to %I', app);
    end if;
end
$$;
