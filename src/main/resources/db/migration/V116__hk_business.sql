-- Applicants as data: the Hong Kong business (registered under the Business Registration
-- Ordinance, Cap. 310) that applies, what kind of applicant it is, and each factory's link to it
-- with the evidence documents officers check.
--
-- Existing rows: every factory kept as Hong Kong-owned (hk_owned) gets a business with its own BR
-- number and names (kind HK_BUSINESS) and a link of kind HK_RESIDENT_OWNERSHIP from its
-- registration date, with no evidence yet (officers add and check it). A factory not Hong
-- Kong-owned gets no business. hk_owned stays: it now says "linked to a Hong Kong business", so
-- eligibility and every figure read as before.

create table hk_business (
    id           bigserial    primary key,
    br_number    varchar(8)   not null unique check (br_number ~ '^[0-9]{8}$'),
    name_en      varchar(200) not null,
    name_zh      varchar(200),
    kind         varchar(30)  not null
                 check (kind in ('HK_BUSINESS', 'HK_WORKSHOP', 'TRADE_ASSOCIATION')),
    non_profit   boolean      not null default false,
    polluting_processes varchar(400),
    registered_on date        not null,
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    check (kind <> 'TRADE_ASSOCIATION' or non_profit),
    check (kind <> 'HK_WORKSHOP' or polluting_processes is not null)
);

create index hk_business_kind on hk_business (kind);

create table factory_business_link (
    factory_id  bigint      primary key references factory (id),
    business_id bigint      not null references hk_business (id),
    kind        varchar(30) not null
                check (kind in ('JOINT_VENTURE', 'WFOE', 'PROCESSING_AGREEMENT',
                                'HK_RESIDENT_OWNERSHIP')),
    linked_on   date        not null,
    version     bigint      not null default 0
);

create index factory_business_link_business on factory_business_link (business_id);

create table factory_link_evidence (
    factory_id bigint       not null references factory_business_link (factory_id),
    position   integer      not null,
    title      varchar(200) not null,
    checked_by varchar(100),
    checked_on date,
    primary key (factory_id, position)
);

insert into hk_business (br_number, name_en, name_zh, kind, registered_on)
select f.br_number, f.name_en, f.name_zh, 'HK_BUSINESS', f.registered_on
  from factory f
 where f.hk_owned;

insert into factory_business_link (factory_id, business_id, kind, linked_on)
select f.id, b.id, 'HK_RESIDENT_OWNERSHIP', f.registered_on
  from factory f
  join hk_business b on b.br_number = f.br_number
 where f.hk_owned;
