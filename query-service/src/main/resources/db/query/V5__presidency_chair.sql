-- Who chaired a presidency from when: its opening chair from its first day, and any chair it was
-- handed over to (2014: Russia, then Germany from June). read.presidency.chair is the latest of them.
create table presidency_chair (
    year  integer not null references presidency (year) on delete cascade,
    chair char(2) not null,
    since date    not null,
    primary key (year, since)
);

insert into presidency_chair (year, chair, since)
select year, chair, starts_on from presidency;
