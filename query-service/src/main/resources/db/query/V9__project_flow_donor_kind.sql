-- A donor's commitments (the donor filter) read from the index alone.
drop index project_flow_donor_idx;
create index project_flow_donor_idx on project_flow (donor, kind, project_id);
