-- intel-service owns its own database (mekong_intel). The shared audit log and idempotency tables come from
-- common (db/common); this service's own tables arrive with its first domain migration.
comment on schema public is 'intel-service';
