-- The factory register: cities (data), factories, the versioned eligibility rule sets and the
-- possible-duplicate flags officers review.

create table city (
    code       varchar(30)  primary key,
    name_en    varchar(100) not null,
    name_zh_hk varchar(100) not null,
    name_zh_cn varchar(100) not null,
    province   varchar(60)  not null
);

insert into city (code, name_en, name_zh_hk, name_zh_cn, province) values
    ('SHENZHEN',  'Shenzhen',  '深圳', '深圳', 'Guangdong'),
    ('DONGGUAN',  'Dongguan',  '東莞', '东莞', 'Guangdong'),
    ('GUANGZHOU', 'Guangzhou', '廣州', '广州', 'Guangdong'),
    ('FOSHAN',    'Foshan',    '佛山', '佛山', 'Guangdong'),
    ('HUIZHOU',   'Huizhou',   '惠州', '惠州', 'Guangdong'),
    ('ZHONGSHAN', 'Zhongshan', '中山', '中山', 'Guangdong'),
    ('JIANGMEN',  'Jiangmen',  '江門', '江门', 'Guangdong'),
    ('ZHUHAI',    'Zhuhai',    '珠海', '珠海', 'Guangdong'),
    ('ZHAOQING',  'Zhaoqing',  '肇慶', '肇庆', 'Guangdong'),
    ('SHANTOU',   'Shantou',   '汕頭', '汕头', 'Guangdong'),
    ('ZHANJIANG', 'Zhanjiang', '湛江', '湛江', 'Guangdong'),
    ('QINGYUAN',  'Qingyuan',  '清遠', '清远', 'Guangdong'),
    ('SHAOGUAN',  'Shaoguan',  '韶關', '韶关', 'Guangdong'),
    ('HEYUAN',    'Heyuan',    '河源', '河源', 'Guangdong');

create table factory (
    id             bigserial    primary key,
    br_number      varchar(8)   not null unique check (br_number ~ '^[0-9]{8}$'),
    name_en        varchar(200) not null,
    name_zh        varchar(200),
    hk_owned       boolean      not null,
    city_code      varchar(30)  not null references city (code),
    address        varchar(400) not null,
    sector         varchar(40)  not null,
    contact_person varchar(120),
    contact_phone  varchar(40),
    contact_email  varchar(200),
    registered_on  date         not null,
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);

create index factory_city on factory (city_code);
create index factory_sector on factory (sector);

-- Eligibility: the rule set in force on a date is the latest whose effective_from <= that date.
create table eligibility_rule_set (
    id             bigserial    primary key,
    name           varchar(120) not null,
    effective_from date         not null unique,
    created_at     timestamptz  not null default now()
);

create table eligibility_rule_city (
    rule_set_id bigint      not null references eligibility_rule_set (id),
    city_code   varchar(30) not null references city (code),
    primary key (rule_set_id, city_code)
);

create table eligibility_rule_sector (
    rule_set_id bigint      not null references eligibility_rule_set (id),
    sector      varchar(40) not null,
    primary key (rule_set_id, sector)
);

insert into eligibility_rule_set (name, effective_from) values ('Launch (PRD, eight target sectors)', date '2008-04-01');

insert into eligibility_rule_city (rule_set_id, city_code)
select s.id, c.code from eligibility_rule_set s, city c
 where s.effective_from = date '2008-04-01'
   and c.code in ('SHENZHEN', 'DONGGUAN', 'GUANGZHOU', 'FOSHAN', 'HUIZHOU', 'ZHONGSHAN', 'JIANGMEN',
                  'ZHUHAI', 'ZHAOQING');

insert into eligibility_rule_sector (rule_set_id, sector)
select s.id, x.sector from eligibility_rule_set s,
       (values ('TEXTILES'), ('NON_METALLIC_MINERAL_PRODUCTS'), ('METAL_AND_METAL_PRODUCTS'),
               ('FOOD_AND_BEVERAGE'), ('CHEMICAL_PRODUCTS'), ('PRINTING_AND_PUBLISHING'),
               ('FURNITURE'), ('PAPER_AND_PAPER_PRODUCTS')) as x (sector)
 where s.effective_from = date '2008-04-01';

-- Pairs of factories that may be the same one (similar names in one city, or a very similar
-- address), stored with the lower BR number first; recomputed whenever either factory changes.
create table factory_possible_duplicate (
    factory_br varchar(8)  not null,
    other_br   varchar(8)  not null,
    basis      varchar(20) not null,
    score      integer     not null,
    primary key (factory_br, other_br),
    check (factory_br < other_br)
);

create index factory_possible_duplicate_other on factory_possible_duplicate (other_br);
