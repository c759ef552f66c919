-- What an application for a second on-site assessment states for the repeat-assessment rule
-- (since 2015: at least five years after the previous one was completed, at least one recommended
-- measure involving investment implemented, and the production process or material usage changed
-- or the factory pursuing recognition). Screening reads it; an officer may still override.
create table repeat_assessment_claim (
    application_id       bigint       primary key references funding_application (id),
    measure_implemented  boolean      not null,
    process_changed      boolean      not null,
    pursues_recognition  boolean      not null,
    declared_by          varchar(100) not null,
    declared_at          timestamptz  not null,
    version              bigint       not null default 0
);
