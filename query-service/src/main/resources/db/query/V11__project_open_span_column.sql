-- The days a project was open, as a stored column: its GiST index then answers "how many were open on day D"
-- (a presidency's carried-in and open-at-the-end counts, a status as of a date) from the index alone, where the
-- expression index of V2 made PostgreSQL visit every matching row (43 ms against 2 ms at 100,000 projects).
alter table project add column open_span daterange
    generated always as (daterange(proposed_on, case when closed_on < proposed_on then proposed_on else closed_on end, '[)')) stored;
create index project_open_span_col_idx on project using gist (open_span);
drop index project_open_span_idx;
