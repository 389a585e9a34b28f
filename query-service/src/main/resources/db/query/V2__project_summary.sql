-- The rest of the project summary (DESIGN §4 "project") and the dated history that as-of answers,
-- list filters and presidency records are computed from in SQL.

-- Milestones past the proposal: the earliest effective date among the events that reach each one,
-- with the presidency of that event. Status as of a date is the highest milestone on or before it.
alter table project
    add column outcome            text,
    add column matched_on         date,
    add column matched_presidency integer,
    add column funded_on          date,
    add column funded_presidency  integer,
    add column closed_on          date,
    add column closed_presidency  integer;

-- Listing order is (proposed_on, project_id); every filter has an index that serves it.
drop index project_status_idx;
create index project_listing_idx on project (proposed_on, project_id);
create index project_status_idx on project (status, proposed_on, project_id);
create index project_area_idx on project (area, proposed_on, project_id);
create index project_recipients_idx on project using gin (recipients);
create index project_priorities_idx on project using gin (priorities);
create index project_matched_on_idx on project (matched_on);
create index project_funded_on_idx on project (funded_on);
create index project_closed_on_idx on project (closed_on, outcome);
-- The days a project was open, [proposed_on, closed_on): "open at the end of day D" (a status as of D other
-- than CLOSED, carried into or open at the end of a presidency) is this span containing D. A closure dated
-- before the proposal leaves the span empty rather than invalid.
create index project_open_span_idx on project using gist (
    daterange(proposed_on, case when closed_on < proposed_on then proposed_on else closed_on end, '[)'));

-- Every offer made to a project, with the dates it was made and decided on.
create table project_offer (
    project_id         uuid    not null references project (project_id) on delete cascade,
    offer_id           text    not null,
    donor              char(2) not null,
    kind               text    not null,
    -- unconstrained numeric keeps the scale of the amount (2 for EUR, 0 for JPY); null for expertise only
    amount             numeric,
    currency           char(3),
    state              text    not null check (state in ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    offered_on         date    not null,
    offered_presidency integer,
    offered_sequence   bigint  not null,
    -- when it was accepted, declined or withdrawn: an accepted offer's date is its donor's partnership date
    decided_on         date,
    decided_presidency integer,
    decided_sequence   bigint,
    primary key (project_id, offer_id),
    check ((amount is null) = (currency is null)),
    check ((state = 'OPEN') = (decided_on is null))
);

create index project_offer_donor_idx on project_offer (donor, project_id);

-- Every commitment and disbursement, one row each, summed per donor and currency when asked.
create table project_flow (
    project_id     uuid    not null references project (project_id) on delete cascade,
    kind           text    not null check (kind in ('COMMITMENT', 'DISBURSEMENT')),
    flow_id        text    not null,
    donor          char(2) not null,
    amount         numeric not null,
    currency       char(3) not null,
    effective_date date    not null,
    presidency     integer,
    sequence       bigint  not null,
    primary key (project_id, kind, flow_id)
);

create index project_flow_donor_idx on project_flow (donor, project_id);
create index project_flow_window_idx on project_flow (kind, effective_date) include (donor, currency, amount);

-- The presidencies a project had events in (by the presidency stamped on each event), with the
-- earliest effective date of its events in each: "activity in a presidency", also as of a date.
-- Area, recipients and priorities are the project's (kept equal on revision), so a presidency's
-- breakdowns read these rows alone.
create table project_activity (
    project_id uuid    not null references project (project_id) on delete cascade,
    presidency integer not null,
    first_on   date    not null,
    area       text    not null,
    recipients text[]  not null,
    priorities text[]  not null,
    primary key (project_id, presidency)
);

create index project_activity_presidency_idx on project_activity (presidency, first_on, project_id);
