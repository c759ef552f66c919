-- Officers' review of possible-duplicate factories. A dismissed pair (with the reason) is never
-- flagged again; a factory merged into another keeps its row, marked with the survivor and when.
create table factory_duplicate_dismissal (
    factory_br   varchar(8)    not null references factory (br_number),
    other_br     varchar(8)    not null references factory (br_number),
    reason       varchar(2000) not null,
    dismissed_by varchar(100)  not null,
    dismissed_at timestamptz   not null,
    primary key (factory_br, other_br),
    check (factory_br < other_br)
);

create index factory_duplicate_dismissal_other on factory_duplicate_dismissal (other_br);

alter table factory
    add column merged_into varchar(8) references factory (br_number),
    add column merged_at   timestamptz,
    add constraint factory_merged check ((merged_into is null) = (merged_at is null)),
    add constraint factory_merged_not_self check (merged_into <> br_number);
