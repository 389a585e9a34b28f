-- Flyway runs this after every migrate: the event store is append-only for every role but its owner.
-- Whatever a deployment granted on it (e.g. default privileges for the service's role, docker/postgres)
-- shrinks to SELECT and INSERT; a single-role setup (the table's owner, as in the local stack) is untouched.
do $$
declare
    grantee_role name;
begin
    for grantee_role in
        select distinct grantee.rolname
        from pg_class t
        join pg_namespace n on n.oid = t.relnamespace
        cross join lateral aclexplode(t.relacl) acl
        join pg_roles grantee on grantee.oid = acl.grantee
        where n.nspname = 'events' and t.relname = 'domain_event_entry'
          and acl.grantee <> t.relowner
          and acl.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
    loop
        execute format('revoke update, delete, truncate on events.domain_event_entry from %I', grantee_role);
    end loop;
end
$$;
