-- The month totals (V15) summed from the day totals: once over an existing read model, and again by a rebuild after
-- it counted the day totals (V14).

insert into milestone_tally_month (month, milestone, outcome, projects)
select date_trunc('month', day)::date, milestone, outcome, sum(projects)
from milestone_tally
group by 1, milestone, outcome;

insert into open_tally_month (month, projects)
select date_trunc('month', day)::date, sum(projects)
from open_tally
group by 1
having sum(projects) <> 0;

insert into flow_tally_month (kind, month, donor, currency, amount)
select kind, date_trunc('month', day)::date, donor, currency, sum(amount)
from flow_tally
group by kind, 2, donor, currency;
