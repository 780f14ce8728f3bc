-- The audit table is append-only: no UPDATE ever, and DELETE only by the retention purge, which sets the session
-- variable @relais_purge for its own transaction and deletes only rows older than the retention.
CREATE TRIGGER audit_append_only BEFORE UPDATE, DELETE ON audit
    FOR EACH ROW CALL 'city.relais.hub.store.AuditAppendOnlyTrigger';
