-- The scheme catalogue: what each funded scheme is, as data instead of an enum. A phase's rules
-- (funding_scheme_rule) and every application, commitment and agenda item name a scheme of it.
create table funding_scheme (
    code            varchar(30)  primary key check (code ~ '^[A-Z][A-Z0-9_]{0,29}$'),
    name_en         varchar(200) not null,
    name_zh_hk      varchar(200) not null,
    name_zh_cn      varchar(200) not null,
    initiative      varchar(30)  not null
        check (initiative in ('ASSESSMENT', 'DEMONSTRATION', 'VERIFICATION', 'ORGANISATION_SUPPORT')),
    needs_committee boolean      not null,
    created_at      timestamptz  not null default now()
);

-- Who may apply for a scheme.
create table funding_scheme_applicant (
    scheme    varchar(30) not null references funding_scheme (code),
    applicant varchar(30) not null check (applicant in ('HK_BUSINESS', 'HK_WORKSHOP', 'TRADE_ASSOCIATION')),
    primary key (scheme, applicant)
);

-- The supporting documents an application for the scheme must carry.
create table funding_scheme_document (
    scheme   varchar(30) not null references funding_scheme (code),
    document varchar(40) not null,
    primary key (scheme, document)
);

-- The technology categories a project under the scheme names (none: the scheme names none).
create table funding_scheme_technology (
    scheme     varchar(30) not null references funding_scheme (code),
    technology varchar(40) not null,
    primary key (scheme, technology)
);

-- The three launch schemes as they have run since 2008, and demonstration project (i), the
-- launch demonstration project's successor from 2015 (in no phase until one names it). The committee
-- has always been able to delegate any of them (needs_committee false), as before.
insert into funding_scheme (code, name_en, name_zh_hk, name_zh_cn, initiative, needs_committee)
values ('ON_SITE_ASSESSMENT', 'On-site assessment', '實地評估', '实地评估', 'ASSESSMENT', false),
       ('DEMONSTRATION_PROJECT', 'Demonstration project', '示範項目', '示范项目', 'DEMONSTRATION', false),
       ('VERIFICATION', 'Verification', '核實', '核实', 'VERIFICATION', false),
       ('DEMONSTRATION_PROJECT_I', 'Demonstration project (i): wider adoption of effective technologies',
        '示範項目(一)：推廣有效技術', '示范项目(一)：推广有效技术', 'DEMONSTRATION', false);

insert into funding_scheme_applicant (scheme, applicant)
values ('ON_SITE_ASSESSMENT', 'HK_BUSINESS'),
       ('DEMONSTRATION_PROJECT', 'HK_BUSINESS'),
       ('VERIFICATION', 'HK_BUSINESS'),
       ('DEMONSTRATION_PROJECT_I', 'HK_BUSINESS'),
       ('DEMONSTRATION_PROJECT_I', 'HK_WORKSHOP');

insert into funding_scheme_document (scheme, document)
values ('ON_SITE_ASSESSMENT', 'QUOTATION'),
       ('DEMONSTRATION_PROJECT', 'QUOTATION'),
       ('DEMONSTRATION_PROJECT_I', 'QUOTATION');

insert into funding_scheme_technology (scheme, technology)
select s.code, t.technology
from funding_scheme s,
     (values ('ENERGY_SAVING'), ('VOC_REDUCTION'), ('AIR_POLLUTANT_REDUCTION'),
             ('EFFLUENT_REDUCTION')) as t (technology)
where s.code in ('DEMONSTRATION_PROJECT', 'DEMONSTRATION_PROJECT_I');

-- The enum's check constraints go; the catalogue's keys take their place. Existing rows keep
-- their codes: every one is a launch scheme's.
alter table funding_scheme_rule drop constraint if exists funding_scheme_rule_scheme_check;
alter table budget_entry drop constraint if exists budget_entry_scheme_check;
alter table funding_scheme_rule
    add constraint funding_scheme_rule_scheme_fk foreign key (scheme) references funding_scheme (code);
alter table budget_entry
    add constraint budget_entry_scheme_fk foreign key (scheme) references funding_scheme (code);
alter table funding_application
    add constraint funding_application_scheme_fk foreign key (scheme) references funding_scheme (code);

-- A null ceiling: the share alone caps the Government's part (e.g. organisation support's 90%).
alter table funding_scheme_rule alter column ceiling_hkd drop not null;
