-- A factory's request to vary an approved application: more time, another provider, another scope
-- or another cost. It is decided once, under an authority (a delegated authority or a circulation);
-- an approved one changed the application through the same guarded path as the decision did.
create table application_variation (
    id                  bigserial     primary key,
    application_ref     varchar(40)   not null,
    kind                varchar(20)   not null
        constraint application_variation_kind check (kind in ('EXTENSION', 'PROVIDER', 'SCOPE', 'COST')),
    status              varchar(20)   not null
        constraint application_variation_status check (status in ('REQUESTED', 'APPROVED', 'REFUSED')),
    reason              varchar(2000) not null,
    new_due_on          date,
    new_provider_code   varchar(40),
    new_scope           text,
    new_total_cost_hkd  numeric(14, 2),
    previous_value      varchar(4000),
    requested_by        varchar(100)  not null,
    requested_on        date          not null,
    decided_by          varchar(100),
    decided_on          date,
    decision_note       varchar(5000),
    authority_route     varchar(20),
    authority_id        bigint,
    citation            varchar(300),
    version             bigint        not null default 0,
    check ((kind = 'EXTENSION') = (new_due_on is not null)),
    check ((kind = 'PROVIDER') = (new_provider_code is not null)),
    check ((kind = 'SCOPE') = (new_scope is not null)),
    check ((kind = 'COST') = (new_total_cost_hkd is not null)),
    check ((status = 'REQUESTED') = (decided_on is null))
);

create index application_variation_application on application_variation (application_ref, id);

-- A cost variation that raises the grant commits the difference as a further COMMIT entry that
-- names the variation in its note; the decision's own commitment (no note) stays one per application.
drop index budget_entry_one_commit;
create unique index budget_entry_one_commit on budget_entry (application_ref)
    where kind = 'COMMIT' and note is null;
