-- A presidency's record counts its active projects by area, priority and recipient state: with those columns in the
-- index the counts read the index alone (where the visibility map allows), not 10,000 heap rows per presidency.
create index project_activity_presidency_cover_idx on project_activity (presidency, first_on, project_id)
    include (area, recipients, priorities);
drop index project_activity_presidency_idx;
