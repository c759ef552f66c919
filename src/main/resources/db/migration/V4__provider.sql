-- The register of ET service providers, their removal/reinstatement history and quality checks.
-- A provider's current state (removed_on, removal_reason) is kept consistent with its history by
-- the application; reports read the history to answer "as at" questions.
create table provider (
    id                    bigserial primary key,
    code                  varchar(20)  not null unique,
    name                  varchar(200) not null,
    name_zh               varchar(200),
    base                  varchar(20)  not null,
    contact_person        varchar(120) not null,
    contact_phone         varchar(30)  not null,
    contact_email         varchar(200) not null,
    joined_on             date         not null,
    gdeic_registration_no varchar(60),
    gdeic_valid_until     date,
    removed_on            date,
    removal_reason        varchar(500),
    lapse_flagged_on      date,
    version               bigint       not null default 0,
    constraint provider_base check (base in ('HONG_KONG', 'PRD', 'OTHER')),
    constraint provider_code_upper check (code = upper(code)),
    constraint provider_prd_gdeic check (
        base <> 'PRD' or (gdeic_registration_no is not null and gdeic_valid_until is not null))
);

create table provider_specialism (
    provider_id bigint      not null references provider (id) on delete cascade,
    specialism  varchar(40) not null,
    primary key (provider_id, specialism)
);

create table provider_history (
    id             bigserial primary key,
    provider_id    bigint       not null references provider (id),
    action         varchar(20)  not null check (action in ('REMOVED', 'REINSTATED')),
    effective_on   date         not null,
    reason         varchar(500) not null,
    actor          varchar(100) not null,
    recorded_at    timestamptz  not null default now()
);

create index provider_history_provider on provider_history (provider_id, effective_on, id);
create index provider_history_effective on provider_history (effective_on);

create table provider_quality_check (
    id           bigserial primary key,
    provider_id  bigint        not null references provider (id),
    checked_on   date          not null,
    officer      varchar(100)  not null,
    finding      varchar(4000) not null,
    rating       varchar(30)   not null
        check (rating in ('GOOD', 'SATISFACTORY', 'NEEDS_IMPROVEMENT', 'UNSATISFACTORY')),
    recorded_at  timestamptz   not null default now()
);

create index provider_quality_check_provider on provider_quality_check (provider_id, checked_on);
