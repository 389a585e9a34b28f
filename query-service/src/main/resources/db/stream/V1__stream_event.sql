-- The live stream's log (GET /api/stream): one row per event the live projection applied, in the order their
-- transactions committed. It lives in its own schema, outside "read", because a rebuild replaces the read schema
-- wholesale and this log's positions are what clients resume from (Last-Event-ID): they must outlive a rebuild.
create table event (
    position       bigint      generated always as identity primary key,
    -- the writing transaction: rows are read in (txid, position) order and only once every transaction older than
    -- the oldest one still running has ended, so a row committed late never lands behind a position already read
    txid           xid8        not null default pg_current_xact_id(),
    event_id       text        not null unique,
    type           text        not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    presidency     integer,
    effective_date date        not null,
    recorded_at    timestamptz not null,
    correlation_id text,
    -- the project's status once the event was applied; null for events of other aggregates
    project_status text
);

create index event_commit_order_idx on event (txid, position);

-- The events already in the read model when the stream was introduced, so that a redelivery of one of them is
-- known as already streamed. Their status after each event: the highest milestone reached so far in the
-- project's stream (PROPOSED < MATCHED < FUNDED < CLOSED), which is how the project projection moves it.
insert into event (event_id, type, aggregate_type, aggregate_id, presidency, effective_date, recorded_at, correlation_id,
                   project_status)
select event_id, type, aggregate_type, aggregate_id, presidency, effective_date, recorded_at, correlation_id,
       case when aggregate_type = 'Project' then
           (array['PROPOSED', 'MATCHED', 'FUNDED', 'CLOSED'])[max(case
               when type like 'gp.project.ProjectClosed.%' then 4
               when type like 'gp.project.FundingCommitted.%' then 3
               when type like 'gp.project.OfferAccepted.%' then 2
               when type like 'gp.project.ProjectProposed.%' then 1 end)
               over (partition by aggregate_id order by sequence)]
       end
from read.event_log
order by recorded_at, aggregate_id, sequence;
