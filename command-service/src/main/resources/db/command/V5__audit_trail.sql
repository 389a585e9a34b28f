-- The audit trail (docs/audit.md). Who acted is kept apart from what they did: events carry a random
-- actorRef, and this table alone maps it to the token's sub, so erasing a person is deleting one row.
create table events.actor (
    actor_ref varchar(64)  not null primary key,
    sub       varchar(255) not null unique
);

-- Digests over every aggregate's chain head (an RFC 9162 Merkle tree), and the leaves each was made of,
-- so an inclusion proof can be given for any of them later.
create table events.audit_digest (
    digest_id  uuid        not null primary key,
    root       char(64)    not null,
    tree_size  integer     not null,
    created_at timestamptz not null
);

create index audit_digest_created_at on events.audit_digest (created_at);

create table events.audit_digest_leaf (
    digest_id    uuid         not null references events.audit_digest,
    leaf_index   integer      not null,
    aggregate_id varchar(255) not null,
    aggregate_type varchar(255),
    sequence     bigint       not null,
    hash         char(64)     not null,
    primary key (digest_id, leaf_index),
    unique (digest_id, aggregate_id)
);
