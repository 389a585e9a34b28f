-- The answer given to each request that carried an Idempotency-Key, written in the same
-- transaction as the events the request stored: a key is either answered and stored, or neither.
create table events.idempotency_record (
    idempotency_key varchar(200) not null primary key,
    request_hash    char(64)     not null,
    status          integer      not null,
    location        varchar(500),
    body            text         not null,
    recorded_at     timestamptz  not null default now()
);
