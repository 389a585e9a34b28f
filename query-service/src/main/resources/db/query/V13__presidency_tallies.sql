-- A presidency's record from totals the project projection keeps (decision 0068), where counting the projects
-- themselves took ≈ 100 ms for a presidency with 32,000 projects active in it at 100,000 projects. V14 counts them.

-- Projects per day a milestone took effect on (the closures per outcome): a window's counts are a range of days.
create table milestone_tally (
    day       date    not null,
    milestone text    not null,
    outcome   text    not null,
    projects  integer not null check (projects >= 0),
    primary key (day, milestone, outcome)
);

-- Projects opened minus projects closed per day (their open spans' bounds): the projects open on a day are the sum
-- up to that day, where counting the spans containing it read ≈ 40,000 index entries.
create table open_tally (
    day      date    primary key,
    projects integer not null
);

-- Projects active in a presidency per area, priority code and recipient state, by the day they became active in
-- it (their activity row's first_on): "by then" is a range of days, the distinct states a count of codes.
create table activity_tally (
    presidency integer not null,
    dimension  text    not null,
    code       text    not null,
    first_on   date    not null,
    projects   integer not null check (projects >= 0),
    primary key (presidency, dimension, code, first_on)
);

-- Money per kind, day, donor and currency: a window's commitments and disbursements are a range of days. Flows are
-- never changed or removed, so a total only grows.
create table flow_tally (
    kind     text    not null,
    day      date    not null,
    donor    char(2) not null,
    currency char(3) not null,
    amount   numeric not null,
    primary key (kind, day, donor, currency)
);

-- What live batches changed in the totals, appended in their transactions (no row another partition's transaction
-- could be waiting on) and folded into the totals about once a second by one folder; an answer sums both.
create table milestone_tally_change (
    day       date    not null,
    milestone text    not null,
    outcome   text    not null,
    projects  integer not null
);
create index milestone_tally_change_day_idx on milestone_tally_change (day);

create table open_tally_change (
    day      date    not null,
    projects integer not null
);
create index open_tally_change_day_idx on open_tally_change (day);

create table activity_tally_change (
    presidency integer not null,
    dimension  text    not null,
    code       text    not null,
    first_on   date    not null,
    projects   integer not null
);
create index activity_tally_change_presidency_idx on activity_tally_change (presidency);

create table flow_tally_change (
    kind     text    not null,
    day      date    not null,
    donor    char(2) not null,
    currency char(3) not null,
    amount   numeric not null
);
create index flow_tally_change_day_idx on flow_tally_change (kind, day);
