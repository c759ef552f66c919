-- Funding applications: a factory's request for an on-site assessment, a demonstration project or
-- a verification, its cost, its workflow history and its supporting documents. Factories and
-- providers are referred to by their keys (BR number, provider code): modules never share tables.
create sequence application_reference_seq;

create table funding_application (
    id                     bigserial primary key,
    reference              varchar(20)   not null unique,
    factory_br             varchar(8)    not null,
    -- the factory's sector when it applied: lets officers filter and reports count by sector
    factory_sector         varchar(40)   not null,
    scheme                 varchar(30)   not null,
    provider_code          varchar(20),
    status                 varchar(30)   not null,
    title                  varchar(200)  not null default '',
    description            text          not null default '',
    quotation_ref          varchar(100),
    total_cost_hkd         numeric(14,2) not null default 0,
    government_share_hkd   numeric(14,2),
    approved_amount_hkd    numeric(14,2),
    final_cost_hkd         numeric(14,2),
    technology             varchar(30),
    expected_benefits      text          not null default '',
    verifies_reference     varchar(20),
    verifies_description   text          not null default '',
    phase_name             varchar(100),
    submitted_on           date,
    decided_on             date,
    due_on                 date,
    completed_on           date,
    decision_note          text          not null default '',
    screening_findings     text          not null default '',
    created_by             varchar(60)   not null,
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    version                bigint        not null default 0,
    constraint funding_application_cost_not_negative check (total_cost_hkd >= 0)
);

create index funding_application_factory on funding_application (factory_br);
create index funding_application_status on funding_application (status, scheme);
create index funding_application_decided on funding_application (decided_on);
create index funding_application_provider on funding_application (provider_code);

create table application_cost_item (
    application_id bigint        not null references funding_application (id) on delete cascade,
    position       integer       not null,
    description    varchar(200)  not null,
    amount_hkd     numeric(14,2) not null check (amount_hkd >= 0),
    primary key (application_id, position)
);

-- Every move of an application, with the date it took effect: the annual report reads the state
-- of the programme "as at" a date from here.
create table application_status_change (
    id              bigserial primary key,
    application_id  bigint       not null references funding_application (id),
    from_status     varchar(30),
    to_status       varchar(30)  not null,
    effective_on    date         not null,
    actor           varchar(100) not null,
    note            text         not null default '',
    recorded_at     timestamptz  not null default now()
);

create index application_status_change_app on application_status_change (application_id, id);
create index application_status_change_to on application_status_change (to_status, effective_on);

create table application_document (
    id              bigserial primary key,
    application_id  bigint       not null references funding_application (id),
    kind            varchar(30)  not null,
    filename        varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    content         bytea        not null,
    uploaded_by     varchar(100) not null,
    uploaded_at     timestamptz  not null default now()
);

create index application_document_app on application_document (application_id);

-- The in-app activity feed: what happened to applications, for the people concerned.
create table application_feed (
    id              bigserial primary key,
    application_ref varchar(20)  not null,
    factory_br      varchar(8)   not null,
    message_key     varchar(100) not null,
    status          varchar(30)  not null,
    actor           varchar(100) not null,
    occurred_at     timestamptz  not null default now()
);

create index application_feed_factory on application_feed (factory_br, id desc);
