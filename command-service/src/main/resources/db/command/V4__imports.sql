-- Bulk imports (DESIGN §8). import_run: one row per POST /api/imports, its progress kept here so that
-- any request (and any instance) can read it. imported_step: the key of every step an import applied,
-- written in the same transaction as the step's events, so importing the same step again stores nothing.
create table events.import_run (
    import_id          uuid         not null primary key,
    format             varchar(8)   not null,
    state              varchar(16)  not null,
    actor              varchar(200) not null,
    row_count          integer      not null default 0,
    rows_done          integer      not null default 0,
    projects           integer      not null default 0,
    projects_applied   integer      not null default 0,
    projects_unchanged integer      not null default 0,
    projects_refused   integer      not null default 0,
    error_count        integer      not null default 0,
    errors             text         not null default '[]',
    reason             text,
    started_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    finished_at        timestamptz
);

create table events.imported_step (
    step_key    char(64)    not null primary key,
    import_id   uuid        not null,
    recorded_at timestamptz not null default now()
);
