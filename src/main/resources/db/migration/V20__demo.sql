-- The demo programme is loaded once: this row says when, so later starts leave the data alone.
create table demo_programme (
    id        integer     primary key check (id = 1),
    loaded_at timestamptz not null default now(),
    seconds   numeric(8, 1) not null
);
