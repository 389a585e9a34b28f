-- The Axon event store (JDBC storage engine) in its own schema. Payloads and metadata are JSON
-- written as bytea (never large objects), and the global index comes from a dedicated sequence
-- handing out one value at a time, so indexes grow in commit-independent but gap-free steps
-- across every node that shares this store.
create schema if not exists events;

create sequence events.global_event_index_seq as bigint start with 1 increment by 1 cache 1;

create table events.domain_event_entry (
    global_index         bigint       not null default nextval('events.global_event_index_seq') primary key,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    constraint domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number)
);

alter sequence events.global_event_index_seq owned by events.domain_event_entry.global_index;

create table events.snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    primary key (aggregate_identifier, sequence_number, type)
);

-- Positions of the streaming processors (the Kafka relay among them).
create table events.token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    time_stamp     varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);
