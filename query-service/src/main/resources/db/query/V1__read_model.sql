-- Where each aggregate's stream has been applied up to: the consumer's deduplication and gap check.
-- Aggregate ids are unique across aggregate types (the event store's own rule).
create table aggregate_position (
    aggregate_id   text        primary key,
    aggregate_type text        not null,
    -- -1 only inside the transaction that applies an aggregate's first event; never committed
    last_sequence  bigint      not null check (last_sequence >= -1),
    updated_at     timestamptz not null default now()
);

-- One row per project, as it stands after its last applied event.
create table project (
    project_id          uuid        primary key,
    title               text        not null,
    description         text,
    recipients          text[]      not null,
    area                text        not null,
    priorities          text[]      not null,
    -- unconstrained numeric keeps the scale of the amount (2 for EUR, 0 for JPY)
    requested_amount    numeric     not null,
    requested_currency  char(3)     not null,
    expertise_needed    text[]      not null,
    status              text        not null,
    proposed_on         date        not null,
    proposed_presidency integer,
    version             bigint      not null,
    updated_at          timestamptz not null
);

create index project_status_idx on project (status);
