-- An officer's override of a failed screening check, with the reason the committee sees. At most
-- one override per check of an application; the application's screening gate lets a check that
-- fails through only if it is overridden here.
create table screening_override (
    id             bigserial primary key,
    application_id bigint       not null references funding_application (id),
    check_kind     varchar(30)  not null
        constraint screening_override_check check (check_kind in
            ('ELIGIBILITY', 'PROVIDER', 'COMPLETENESS', 'OPEN_DUPLICATE', 'REPEAT_ASSESSMENT',
             'VERIFIED_PROJECT')),
    reason         varchar(2000) not null,
    overridden_by  varchar(100) not null,
    overridden_at  timestamptz  not null,
    constraint screening_override_once unique (application_id, check_kind)
);
