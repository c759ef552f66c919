-- Outreach: awareness activities and their registrations and attendance, guidebooks, success
-- stories, downloadable resources, enquiries, and the mails sent to visitors.
-- Factories are named by BR number and demonstration projects by application reference only:
-- modules never share tables.

-- Where activities may be held: Hong Kong and the PRD cities (data, so the list can change).
create table outreach_city (
    code        varchar(20)  primary key,
    name_en     varchar(60)  not null,
    name_zh_hk  varchar(30)  not null,
    name_zh_cn  varchar(30)  not null,
    sort_order  integer      not null,
    active      boolean      not null default true
);

insert into outreach_city (code, name_en, name_zh_hk, name_zh_cn, sort_order) values
    ('HONG_KONG', 'Hong Kong', '香港', '香港', 10),
    ('SHENZHEN',  'Shenzhen',  '深圳', '深圳', 20),
    ('DONGGUAN',  'Dongguan',  '東莞', '东莞', 30),
    ('GUANGZHOU', 'Guangzhou', '廣州', '广州', 40),
    ('FOSHAN',    'Foshan',    '佛山', '佛山', 50),
    ('HUIZHOU',   'Huizhou',   '惠州', '惠州', 60),
    ('ZHONGSHAN', 'Zhongshan', '中山', '中山', 70),
    ('JIANGMEN',  'Jiangmen',  '江門', '江门', 80),
    ('ZHUHAI',    'Zhuhai',    '珠海', '珠海', 90),
    ('ZHAOQING',  'Zhaoqing',  '肇慶', '肇庆', 100);

create table outreach_activity (
    id                     bigserial primary key,
    type                   varchar(20)  not null check (type in ('SEMINAR', 'WORKSHOP', 'BRIEFING',
                               'FACTORY_VISIT', 'STUDY_MISSION', 'CONFERENCE', 'EXHIBITION', 'SITE_VISIT')),
    title_en               varchar(200) not null,
    title_zh               varchar(200) not null,
    description            text,
    held_on                date         not null,
    starts_at              time,
    city                   varchar(20)  not null references outreach_city (code),
    venue                  varchar(300),
    capacity               integer      check (capacity is null or capacity > 0),
    registration_open      boolean      not null default false,
    published              boolean      not null default false,
    recorded_participants  integer      check (recorded_participants is null or recorded_participants >= 0),
    visitors               integer      check (visitors is null or visitors >= 0),
    application_ref        varchar(30),
    created_at             timestamptz  not null default now(),
    version                bigint       not null default 0
);
create index outreach_activity_held_on on outreach_activity (held_on);

create table outreach_co_organiser (
    activity_id  bigint       not null references outreach_activity (id) on delete cascade,
    position     integer      not null,
    name         varchar(200) not null,
    kind         varchar(30)  not null check (kind in ('TRADE_ASSOCIATION', 'MUNICIPAL_AUTHORITY', 'PROVIDER', 'OTHER')),
    primary key (activity_id, position)
);

create table outreach_registration (
    id             bigserial primary key,
    activity_id    bigint       not null references outreach_activity (id),
    name           varchar(120) not null,
    company        varchar(200),
    factory_br     varchar(8),
    email          varchar(200) not null,
    phone          varchar(40),
    locale         varchar(10)  not null default 'en',
    status         varchar(20)  not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    token          varchar(64)  not null unique,
    registered_at  timestamptz  not null default now(),
    cancelled_at   timestamptz,
    version        bigint       not null default 0
);
-- One live registration per e-mail and activity (a cancelled one may register again).
create unique index outreach_registration_once on outreach_registration (activity_id, lower(email))
    where status <> 'CANCELLED';
create index outreach_registration_activity on outreach_registration (activity_id, status, registered_at);

create table outreach_attendance (
    id               bigserial primary key,
    activity_id      bigint       not null references outreach_activity (id),
    registration_id  bigint       references outreach_registration (id),
    name             varchar(120) not null,
    company          varchar(200),
    factory_br       varchar(8),
    email            varchar(200),
    walk_in          boolean      not null default false,
    recorded_at      timestamptz  not null default now()
);
create unique index outreach_attendance_registration on outreach_attendance (registration_id)
    where registration_id is not null;
create unique index outreach_attendance_email on outreach_attendance (activity_id, lower(email))
    where email is not null;
create index outreach_attendance_activity on outreach_attendance (activity_id);

-- Uploaded files (guidebook PDFs, story photos, resources), kept in the database.
create table outreach_file (
    id            bigserial primary key,
    filename      varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null default now()
);

create table outreach_guidebook (
    id            bigserial primary key,
    title_en      varchar(300) not null,
    title_zh_hk   varchar(300) not null,
    title_zh_cn   varchar(300) not null,
    kind          varchar(20)  not null check (kind in ('INDUSTRY', 'TOPIC')),
    topic         varchar(200) not null,
    status        varchar(20)  not null check (status in ('IN_PREPARATION', 'PUBLISHED')),
    published_on  date,
    file_id       bigint       references outreach_file (id),
    downloads     bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    check (status <> 'PUBLISHED' or published_on is not null)
);

create table outreach_story (
    id               bigserial primary key,
    application_ref  varchar(30)  not null,
    category         varchar(30)  not null check (category in ('ENERGY_SAVING', 'VOC_REDUCTION',
                         'AIR_POLLUTANT_REDUCTION', 'EFFLUENT_REDUCTION')),
    title_en         varchar(300) not null,
    title_zh_hk      varchar(300) not null,
    title_zh_cn      varchar(300) not null,
    text_en          text         not null,
    text_zh_hk       text         not null,
    text_zh_cn       text         not null,
    results          text,
    published        boolean      not null default false,
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);

create table outreach_story_photo (
    story_id  bigint  not null references outreach_story (id) on delete cascade,
    position  integer not null,
    file_id   bigint  not null references outreach_file (id),
    primary key (story_id, position)
);

create table outreach_resource (
    id           bigserial primary key,
    title_en     varchar(300) not null,
    title_zh_hk  varchar(300) not null,
    title_zh_cn  varchar(300) not null,
    file_id      bigint       not null references outreach_file (id),
    published    boolean      not null default true,
    downloads    bigint       not null default 0,
    created_at   timestamptz  not null default now()
);

create table outreach_enquiry (
    id           bigserial primary key,
    channel      varchar(10)  not null check (channel in ('PHONE', 'EMAIL', 'WEB', 'WALK_IN')),
    topic        varchar(200) not null,
    name         varchar(120),
    company      varchar(200),
    email        varchar(200),
    phone        varchar(40),
    factory_br   varchar(8),
    question     text         not null,
    answer       text,
    status       varchar(10)  not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    received_at  timestamptz  not null,
    answered_at  timestamptz,
    version      bigint       not null default 0
);
create index outreach_enquiry_status on outreach_enquiry (status, received_at);

-- Every mail sent to a visitor (confirmation, waiting list, promotion, cancellation).
create table outreach_mail (
    id          bigserial primary key,
    recipient   varchar(200) not null,
    subject     varchar(300) not null,
    body        text         not null,
    queued_at   timestamptz  not null default now()
);
