-- Delivery of approved work: what the factory and its ET provider hand in per scheme (assessment
-- report; progress and completion reports, invoices and receipts; measurement records), QA's
-- review of each (accepted, or returned with comments), and every revision of its file.
create table application_deliverable (
    id              bigserial    primary key,
    application_id  bigint       not null references funding_application (id),
    kind            varchar(30)  not null check (kind in ('ASSESSMENT_REPORT', 'PROGRESS_REPORT',
                        'COMPLETION_REPORT', 'INVOICE', 'RECEIPT', 'MEASUREMENT_RECORD')),
    status          varchar(20)  not null check (status in ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    -- whose it is: the factory's, the provider's, or the programme's (an officer on their behalf)
    party           varchar(20)  not null check (party in ('FACTORY', 'PROVIDER', 'PROGRAMME')),
    -- the current file (revision 1 is the first upload; each replacement adds one)
    revision        integer      not null check (revision >= 1),
    filename        varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    uploaded_by     varchar(100) not null,
    uploaded_at     timestamptz  not null,
    -- QA's latest comments when returned, or note when accepted
    review_note     text         not null default '',
    reviewed_by     varchar(100),
    reviewed_on     date,
    version         bigint       not null default 0
);

create index application_deliverable_app on application_deliverable (application_id, id);
create index application_deliverable_accepted on application_deliverable (application_id, kind)
    where status = 'ACCEPTED';

-- Every step of a deliverable (uploaded, replaced, accepted, returned): its history, shown on the
-- application's timeline.
create table application_deliverable_step (
    id              bigserial    primary key,
    deliverable_id  bigint       not null references application_deliverable (id),
    action          varchar(20)  not null check (action in ('UPLOADED', 'REPLACED', 'ACCEPTED',
                        'RETURNED')),
    revision        integer      not null,
    actor           varchar(100) not null,
    note            text         not null default '',
    effective_on    date         not null,
    recorded_at     timestamptz  not null default now()
);

create index application_deliverable_step_deliverable on application_deliverable_step
    (deliverable_id, id);

-- The bytes of every revision; earlier ones are kept, the deliverable names the current one.
create table application_deliverable_file (
    deliverable_id  bigint       not null references application_deliverable (id),
    revision        integer      not null,
    filename        varchar(255) not null,
    content_type    varchar(100) not null,
    sha256          varchar(64)  not null,
    content         bytea        not null,
    primary key (deliverable_id, revision)
);

-- The feed of a provider's staff is the applications that name their provider.
create index application_feed_ref on application_feed (application_ref, id desc);
