-- The presidency totals (V13) counted from the project rows: once over an existing read model, and again by a
-- rebuild over the rows it loaded (its batches leave the totals out until then, as they do the indexes).

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

insert into flow_tally (kind, day, donor, currency, amount)
select kind, effective_date, donor, currency, sum(amount)
from project_flow
group by kind, effective_date, donor, currency;
