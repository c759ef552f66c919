-- Legacy data import: the natural keys of the rows an import saved for datasets whose owning
-- module has no natural key of its own (activities, publications, recognitions, meetings), so that
-- importing the same file again adds nothing.
create table import_key (
    dataset     varchar(30)  not null,
    natural_key varchar(600) not null,
    imported_at timestamptz  not null default now(),
    primary key (dataset, natural_key)
);
