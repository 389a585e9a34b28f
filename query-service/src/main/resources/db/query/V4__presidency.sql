-- One row per presidency, as it stands after its last applied event. Its record (DESIGN §4 "presidency")
-- is computed at request time from these rows and the project tables of V2.
create table presidency (
    year           integer     primary key,
    chair          char(2)     not null,
    starts_on      date        not null,
    ends_on        date        not null,
    -- the effective date it was opened on: as of an earlier date it is not known
    opened_on      date        not null,
    closed_on      date,
    successor_year integer,
    version        bigint      not null,
    updated_at     timestamptz not null,
    check (starts_on <= ends_on)
);

-- The presidency's priorities, those it opened with and those declared later, in the order they came.
create table presidency_priority (
    year        integer not null references presidency (year) on delete cascade,
    code        text    not null,
    title       text    not null,
    position    integer not null,
    declared_on date    not null,
    primary key (year, code)
);

