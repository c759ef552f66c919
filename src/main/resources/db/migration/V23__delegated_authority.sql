-- Delegated authority (issue 9.2): a resolution of a held, quorate meeting, recorded in its
-- minutes, that lets officers decide applications of named schemes up to a government share until
-- a date. Each decision under it cites it and is listed for noting at the committee's next meeting.
create table delegated_authority (
    id                        bigserial     primary key,
    meeting_id                bigint        not null references committee_meeting (id),
    max_government_share_hkd  numeric(14,2) not null check (max_government_share_hkd > 0),
    valid_until               date          not null,
    resolution                varchar(2000) not null,
    created_by                varchar(100)  not null,
    created_at                timestamptz   not null default now()
);

create index delegated_authority_meeting on delegated_authority (meeting_id);
create index delegated_authority_valid on delegated_authority (valid_until);

create table delegated_authority_scheme (
    authority_id  bigint      not null references delegated_authority (id),
    scheme        varchar(30) not null,
    primary key (authority_id, scheme)
);

-- One row per decision taken under an authority; noting_item_id is the "for noting" agenda item of
-- the next meeting (null until a meeting is scheduled to note it).
create table delegated_decision (
    id               bigserial     primary key,
    authority_id     bigint        not null references delegated_authority (id),
    application_ref  varchar(20)   not null,
    title            varchar(300)  not null,
    scheme           varchar(30)   not null,
    outcome          varchar(20)   not null,
    amount_hkd       numeric(14,2) not null,
    decided_on       date          not null,
    recorded_by      varchar(100)  not null,
    noting_item_id   bigint        references agenda_item (id),
    recorded_at      timestamptz   not null default now()
);

create index delegated_decision_authority on delegated_decision (authority_id);
create index delegated_decision_pending on delegated_decision (id) where noting_item_id is null;

-- An application decided by another route (or withdrawn) leaves a meeting's agenda before the
-- meeting is held: its item stays, marked with the status it left as, so declarations and recusals
-- made on it still stand.
alter table agenda_item add column withdrawn_as varchar(30);
