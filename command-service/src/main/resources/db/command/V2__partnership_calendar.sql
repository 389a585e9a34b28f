-- The partnership calendar: what the command side needs to know across aggregates (who was a
-- member in good standing on a date, which presidency's window held it), kept from its own events
-- by the subscribing processor "partnership-calendar" in the same transaction as each event.

create table events.membership_period (
    country     varchar(2) not null primary key,
    admitted_on date       not null
);

-- One row per MemberSuspended, keyed by the event's sequence number so replaying it is harmless;
-- the member is suspended on [suspended_on, reinstated_on).
create table events.membership_suspension (
    country             varchar(2)    not null references events.membership_period (country),
    suspension_sequence bigint        not null,
    suspended_on        date          not null,
    reason              varchar(2000) not null,
    reinstated_on       date,
    primary key (country, suspension_sequence)
);

-- Presidency windows [starts_on, ends_on]; no two share a day, also under concurrent commands.
create table events.presidency_window (
    year           integer    not null primary key,
    chair          varchar(2) not null,
    starts_on      date       not null,
    ends_on        date       not null,
    closed_on      date,
    successor_year integer,
    constraint presidency_window_ordered check (starts_on <= ends_on),
    constraint presidency_window_no_overlap exclude using gist (daterange(starts_on, ends_on, '[]') with &&)
);
