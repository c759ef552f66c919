-- Providers' applications to join the register, sent on the public site. An application waits
-- UNCONFIRMED until its sender confirms their e-mail by the mailed link (only the link's SHA-256 is
-- kept), then PENDING in the officers' queue until it is REGISTERED (provider_code names the new
-- provider) or REFUSED with a reason.
create table provider_application (
    id                      bigserial primary key,
    name                    varchar(200) not null,
    name_zh                 varchar(200),
    base                    varchar(20)  not null
        constraint provider_application_base check (base in ('HONG_KONG', 'PRD', 'OTHER')),
    contact_person          varchar(120) not null,
    contact_phone           varchar(30)  not null,
    contact_email           varchar(200) not null,
    gdeic_registration_no   varchar(60),
    gdeic_valid_until       date,
    language                varchar(10)  not null,
    status                  varchar(20)  not null
        constraint provider_application_status
            check (status in ('UNCONFIRMED', 'PENDING', 'REGISTERED', 'REFUSED')),
    confirmation_token_hash varchar(64)  not null unique,
    submitted_at            timestamptz  not null,
    confirmed_at            timestamptz,
    decided_by              varchar(100),
    decided_at              timestamptz,
    refusal_reason          varchar(1000),
    provider_code           varchar(20),
    version                 bigint       not null default 0,
    constraint provider_application_gdeic check (
        (gdeic_registration_no is null) = (gdeic_valid_until is null)),
    constraint provider_application_prd_gdeic check (
        base <> 'PRD' or gdeic_registration_no is not null),
    constraint provider_application_registered check (
        (status = 'REGISTERED') = (provider_code is not null)),
    constraint provider_application_refused check (
        status <> 'REFUSED' or refusal_reason is not null)
);

-- The officers' queue (oldest first) and the sweep of unconfirmed applications read by status.
create index provider_application_queue on provider_application (status, id);

create table provider_application_specialism (
    application_id bigint      not null references provider_application (id) on delete cascade,
    specialism     varchar(40) not null,
    primary key (application_id, specialism)
);

-- The GDEIC certificate, apart from the application so that lists never read its bytes.
create table provider_application_certificate (
    application_id bigint       primary key references provider_application (id) on delete cascade,
    filename       varchar(200) not null,
    content_type   varchar(100) not null,
    size_bytes     integer      not null,
    sha256         varchar(64)  not null,
    content        bytea        not null
);

-- A duplicate's GDEIC registration number is looked up as typed, whatever its case.
create index provider_gdeic_registration_no on provider (lower(gdeic_registration_no));
