-- Hong Kong-Guangdong Cleaner Production Partners Recognition Scheme (since August 2009, with the
-- GDEIC), run in annual cycles. Categories and grades are data: a new one is a row, not code.
create table recognition_category (
    code        varchar(40)  primary key,
    name_en     varchar(200) not null,
    name_zh_hk  varchar(200) not null,
    name_zh_cn  varchar(200) not null,
    sort_order  integer      not null default 100
);

-- A grade is used from the cycle year it is effective from (e.g. "Excellent Partner" in later years).
create table recognition_grade (
    code                varchar(40)  primary key,
    name_en             varchar(200) not null,
    name_zh_hk          varchar(200) not null,
    name_zh_cn          varchar(200) not null,
    sort_order          integer      not null default 100,
    effective_from_year integer      not null
);

insert into recognition_category (code, name_en, name_zh_hk, name_zh_cn, sort_order) values
  ('MANUFACTURING_ENTERPRISE', 'Manufacturing enterprise', '製造企業', '制造企业', 10),
  ('ET_SERVICE_PROVIDER', 'Environmental technology service provider', '環境技術服務供應商', '环境技术服务供应商', 20),
  ('SOURCING_ENTERPRISE', 'Sourcing enterprise', '採購企業', '采购企业', 30);

insert into recognition_grade (code, name_en, name_zh_hk, name_zh_cn, sort_order, effective_from_year) values
  ('PARTNER', 'Cleaner Production Partner', '清潔生產伙伴', '清洁生产伙伴', 10, 2009),
  ('EXCELLENT_PARTNER', 'Excellent Cleaner Production Partner', '優越清潔生產伙伴', '优越清洁生产伙伴', 20, 2012);

create table recognition_cycle (
    id                  bigserial    primary key,
    cycle_year          integer      not null unique,
    title               varchar(200) not null,
    nominations_open    date         not null,
    nominations_close   date         not null,
    status              varchar(30)  not null,
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint recognition_cycle_period check (nominations_close >= nominations_open)
);

-- Which categories and grades a cycle uses.
create table recognition_cycle_category (
    cycle_id      bigint      not null references recognition_cycle (id) on delete cascade,
    category_code varchar(40) not null references recognition_category (code),
    primary key (cycle_id, category_code)
);

create table recognition_cycle_grade (
    cycle_id   bigint      not null references recognition_cycle (id) on delete cascade,
    grade_code varchar(40) not null references recognition_grade (code),
    primary key (cycle_id, grade_code)
);

-- A nomination (or application) for one cycle; the factory BR / provider code are plain keys.
-- Contacts, scores, comments and evidence are never shown to the public.
create table recognition_nomination (
    id                bigserial    primary key,
    cycle_id          bigint       not null references recognition_cycle (id),
    nominee_name_en   varchar(200) not null,
    nominee_name_zh   varchar(200),
    category_code     varchar(40)  not null references recognition_category (code),
    factory_br        varchar(8),
    provider_code     varchar(20),
    contact_name      varchar(120),
    contact_email     varchar(200),
    contact_phone     varchar(40),
    source            varchar(20)  not null,
    outcome           varchar(20)  not null,
    grade_code        varchar(40)  references recognition_grade (code),
    score             integer,
    comments          varchar(2000),
    submitted_by      varchar(60)  not null,
    submitted_at      timestamptz  not null default now(),
    assessed_by       varchar(60),
    assessed_at       timestamptz,
    version           bigint       not null default 0,
    constraint recognition_nomination_grade check ((outcome = 'RECOGNISED') = (grade_code is not null))
);

create index recognition_nomination_cycle on recognition_nomination (cycle_id, category_code, outcome);

create table recognition_evidence (
    nomination_id bigint       not null references recognition_nomination (id) on delete cascade,
    position      integer      not null,
    evidence_type varchar(40)  not null,
    description   varchar(500) not null,
    reference     varchar(200),
    primary key (nomination_id, position)
);
