-- A presidency's record from totals the project projection keeps (decision 0068), where counting the projects
-- themselves took ≈ 100 ms for a presidency with 32,000 projects active in it at 100,000 projects.

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

insert into milestone_tally (day, milestone, outcome, projects)
select day, milestone, outcome, count(*)
from (select proposed_on as day, 'PROPOSED' as milestone, '' as outcome from project
      union all select matched_on, 'MATCHED', '' from project where matched_on is not null
      union all select funded_on, 'FUNDED', '' from project where funded_on is not null
      union all select closed_on, 'CLOSED', coalesce(outcome, '') from project where closed_on is not null) milestones
group by day, milestone, outcome;

insert into open_tally (day, projects)
select day, sum(change)
from (select lower(open_span) as day, 1 as change from project where not isempty(open_span)
      union all select upper(open_span), -1 from project where not isempty(open_span) and not upper_inf(open_span)) bounds
group by day
having sum(change) <> 0;

insert into activity_tally (presidency, dimension, code, first_on, projects)
select presidency, dimension, code, first_on, count(*)
from (select presidency, 'AREA' as dimension, area as code, first_on from project_activity
      union all select presidency, 'PRIORITY', priority, first_on from project_activity, unnest(priorities) priority
      union all select presidency, 'RECIPIENT', state, first_on from project_activity, unnest(recipients) state) active
group by presidency, dimension, code, first_on;

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

insert into flow_tally (kind, day, donor, currency, amount)
select kind, effective_date, donor, currency, sum(amount)
from project_flow
group by kind, effective_date, donor, currency;
