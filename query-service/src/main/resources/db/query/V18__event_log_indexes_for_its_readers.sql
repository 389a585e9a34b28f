-- The event log keeps the two indexes its readers use: (aggregate_id, sequence) for an aggregate's history, and the
-- presidency feed's. Its event id key and the (aggregate_type, effective_date) index are dropped: no query reads by
-- either, event ids are unique in the event store, and the positions let each (aggregate, sequence) in once. Each
-- was an index entry written for every event applied live and an index built over the whole log in a rebuild
-- (decision 0071).
alter table event_log drop constraint event_log_pkey;
drop index event_log_type_effective_idx;
