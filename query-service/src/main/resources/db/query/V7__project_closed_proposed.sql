-- "Open at the end of day D" counted as proposed by D less proposed and closed by D: the second count reads this index only.
create index project_closed_proposed_idx on project (closed_on, proposed_on);

-- A donor's commitments (the donor filter) read from the index alone.
drop index project_flow_donor_idx;
create index project_flow_donor_idx on project_flow (donor, kind, project_id);
