-- A presidency's projects in listing order (proposed_on, project_id) straight from its activity rows: its projects
-- cluster in the years around it, so walking every project in listing order and probing for activity reads
-- tens of thousands of rows for a page of 20. The proposal date never changes after the proposal.
alter table project_activity add column proposed_on date;
update project_activity a set proposed_on = p.proposed_on from project p where p.project_id = a.project_id;
alter table project_activity alter column proposed_on set not null;

create index project_activity_listing_idx on project_activity (presidency, proposed_on, project_id) include (first_on);
