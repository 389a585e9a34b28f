-- Every event of every aggregate, as it was recorded: the audit trail of a project and the replay feed of a
-- presidency. Written in the same transaction as the aggregate's position, so each event is here exactly once.
create table event_log (
    event_id       text        primary key,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    sequence       bigint      not null,
    -- the wire type, e.g. gp.project.ProjectProposed.v1
    type           text        not null,
    effective_date date        not null,
    recorded_at    timestamptz not null,
    -- null when no presidency window holds the effective date
    presidency     integer,
    actor          text        not null,
    correlation_id text,
    -- the envelope's data exactly (jsonb keeps its values, not its key order or whitespace)
    data           jsonb       not null,
    -- also serves a project's history: its events in sequence order
    unique (aggregate_id, sequence)
);

-- A presidency's events in effective order: the replay feed pages through it by keyset.
create index event_log_presidency_feed_idx
    on event_log (presidency, effective_date, recorded_at, aggregate_id, sequence);

-- Events of one aggregate type up to or within a date range (as-of and presidency-window questions).
create index event_log_type_effective_idx on event_log (aggregate_type, effective_date);
