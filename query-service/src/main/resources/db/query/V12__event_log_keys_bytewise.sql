-- The event log's text keys (event ids, aggregate ids) and the positions' key compared byte by byte, not by the
-- database's locale: they are identifiers, nobody reads them in a language's order, and under a libc locale other than
-- C PostgreSQL sorts text without abbreviated keys, calling the locale for every comparison. A rebuild builds these
-- keys over every event of the log at once; bytewise they sort two to three times faster (1,015,930 events: the event
-- id key 3.2 s -> 1.1 s). Equality, the only use of event ids, is the same either way; the feed's keyset order breaks
-- ties by aggregate id in the same (now bytewise) order in the index and in the query.
alter table event_log
    alter column event_id type text collate "C",
    alter column aggregate_id type text collate "C";

alter table aggregate_position
    alter column aggregate_id type text collate "C";
