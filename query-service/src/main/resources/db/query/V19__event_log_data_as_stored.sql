-- The event log keeps each event's data as the text the command side stored and published: the canonical JSON its
-- audit hash covers. jsonb kept the values but not that text (it reorders keys and adds spaces), so the history
-- showed other bytes than the ones stored and hashed, and PostgreSQL parsed every event's data into jsonb on its way
-- in, live and in a rebuild, for no query: the log's data is only ever read back whole.
-- json checks that the text is JSON and keeps it as it is (decision 0073).
alter table event_log alter column data type json using data::json;
