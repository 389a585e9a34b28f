-- A donor's projects in listing order (proposed_on, project_id) straight from its offers and commitments: joining
-- its ≈ 8,000 projects (of 100,000) to the projects for their proposal dates read the whole listing index. Offers
-- and flows carry their project's proposal date, which never changes after the proposal.
alter table project_offer add column proposed_on date;
update project_offer o set proposed_on = p.proposed_on from project p where p.project_id = o.project_id;
alter table project_offer alter column proposed_on set not null;

alter table project_flow add column proposed_on date;
update project_flow f set proposed_on = p.proposed_on from project p where p.project_id = f.project_id;
alter table project_flow alter column proposed_on set not null;

drop index project_offer_donor_idx;
create index project_offer_donor_idx on project_offer (donor, proposed_on, project_id);
drop index project_flow_donor_idx;
create index project_flow_donor_idx on project_flow (donor, kind, proposed_on, project_id);
