-- The hash of each aggregate's last applied event (docs/audit.md): the next event's prevhash must equal it.
-- Null for aggregates whose events came before the audit chain (records without a hash).
alter table aggregate_position add column last_hash char(64);

-- The audit trail shows each event's place in its chain and who acted by reference; the name (actor) is dropped
-- when the person is erased (gp.audit.ActorErased), the reference stays.
alter table event_log add column actor_ref varchar(255);
alter table event_log add column hash char(64);
alter table event_log add column prev_hash char(64);
alter table event_log alter column actor drop not null;
