-- The day totals of V13 again per month (decision 0069): a window reads its whole months here and only the days of its
-- partial months from the day totals, where a year's window read ≈ 20,000 rows of money and the list of presidencies
-- every milestone total. V16 counts them. A month is named by its first day; the changes (V13) stay per day.

create table milestone_tally_month (
    month     date    not null,
    milestone text    not null,
    outcome   text    not null,
    projects  integer not null check (projects >= 0),
    primary key (month, milestone, outcome)
);

create table open_tally_month (
    month    date    primary key,
    projects integer not null
);

create table flow_tally_month (
    kind     text    not null,
    month    date    not null,
    donor    char(2) not null,
    currency char(3) not null,
    amount   numeric not null,
    primary key (kind, month, donor, currency)
);

-- A range of days [first_day, last_day] read as its whole months, [months_from, months_until), and the days around
-- them one by one: [first_day, head_until) and [months_until, last_day]. A range within one month has no whole month.
create function whole_months(first_day date, last_day date, out months_from date, out months_until date, out head_until date)
    language sql immutable strict as $$
    select starts, greatest(date_trunc('month', (last_day + 1)::timestamp)::date, starts), least(starts, last_day + 1)
    from (select case when extract(day from first_day) = 1 then first_day
                      else (date_trunc('month', first_day::timestamp) + interval '1 month')::date end as starts) whole
$$;
