-- Each streamed event's place in its aggregate's stream, so a client can match the event to the command that made it
-- (a command answers with the project's version) and see whether it missed one of an aggregate's events.
alter table event add column sequence bigint;

update event s set sequence = e.sequence from read.event_log e where e.event_id = s.event_id;

alter table event alter column sequence set not null;
