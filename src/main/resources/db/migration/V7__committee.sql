-- The Project Management Committee: its members and their terms, the quorum rule, meetings with
-- their agendas, papers, attendance, declarations of interest, decisions and minutes, and decisions
-- by circulation between meetings. Applications, factories, providers and users are referred to by
-- their keys (reference, BR number, provider code, username): modules never share tables.

-- The organisations members represent; trade associations can have factories and providers as
-- members, which makes a possible conflict of interest.
create table committee_organisation (
    code               varchar(20)  primary key,
    name_en            varchar(200) not null,
    name_zh_hk         varchar(200) not null,
    name_zh_cn         varchar(200) not null,
    trade_association  boolean      not null
);

insert into committee_organisation (code, name_en, name_zh_hk, name_zh_cn, trade_association) values
 ('HKGCC', 'Hong Kong General Chamber of Commerce', '香港總商會', '香港总商会', true),
 ('FHKI', 'Federation of Hong Kong Industries', '香港工業總會', '香港工业总会', true),
 ('CMA', 'Chinese Manufacturers'' Association of Hong Kong', '香港中華廠商聯合會', '香港中华厂商联合会', true),
 ('CGCC', 'Chinese General Chamber of Commerce', '香港中華總商會', '香港中华总商会', true),
 ('EPD', 'Environmental Protection Department', '環境保護署', '环境保护署', false),
 ('TID', 'Trade and Industry Department', '工業貿易署', '工业贸易署', false),
 ('ACADEMIC', 'Academic', '學術界', '学术界', false);

-- A membership: one user's term on the committee for one organisation in one position.
create table committee_member (
    id                 bigserial    primary key,
    username           varchar(60)  not null,
    display_name       varchar(120) not null,
    organisation_code  varchar(20)  not null references committee_organisation (code),
    position           varchar(20)  not null,
    term_from          date         not null,
    term_to            date         not null,
    version            bigint       not null default 0,
    constraint committee_member_term check (term_from <= term_to),
    constraint committee_member_one_term unique (username, term_from)
);

-- Providers and factories a member has declared links with (a director, a shareholder, a client).
create table committee_member_link (
    member_id  bigint      not null references committee_member (id) on delete cascade,
    kind       varchar(10) not null check (kind in ('FACTORY', 'PROVIDER')),
    key        varchar(20) not null,
    primary key (member_id, kind, key)
);

-- Factories and providers that are members of a trade association.
create table association_membership (
    id                 bigserial   primary key,
    organisation_code  varchar(20) not null references committee_organisation (code),
    factory_br         varchar(8),
    provider_code      varchar(20),
    constraint association_membership_one_key
        check ((factory_br is null) <> (provider_code is null)),
    constraint association_membership_unique unique (organisation_code, factory_br, provider_code)
);

-- Quorum as data: at least numerator/denominator of the sitting voting members (or strictly more
-- than that share when strictly_more), optionally with the chair or a deputy chair present.
create table quorum_rule (
    effective_from            date     primary key,
    numerator                 integer  not null check (numerator > 0),
    denominator               integer  not null check (denominator > 0),
    strictly_more             boolean  not null,
    requires_chair_or_deputy  boolean  not null
);

insert into quorum_rule values ('2008-04-01', 1, 2, true, true);

create sequence committee_meeting_seq;

create table committee_meeting (
    id                     bigserial    primary key,
    number                 varchar(60)  not null unique,
    title                  varchar(200) not null,
    meeting_date           date         not null,
    start_time             time         not null,
    venue                  varchar(200) not null default '',
    online_link            varchar(300) not null default '',
    declaration_deadline   date         not null,
    status                 varchar(20)  not null,
    minutes_text           text         not null default '',
    minutes_confirmed_by   bigint       references committee_meeting (id),
    minutes_confirmed_on   date,
    created_by             varchar(100) not null,
    version                bigint       not null default 0
);

create index committee_meeting_date on committee_meeting (meeting_date);

create table agenda_item (
    id               bigserial    primary key,
    meeting_id       bigint       not null references committee_meeting (id),
    position         integer      not null,
    kind             varchar(30)  not null,
    application_ref  varchar(20),
    scheme           varchar(30),
    title            varchar(300) not null,
    description      text         not null default '',
    confirms_meeting bigint       references committee_meeting (id),
    constraint agenda_item_one_application unique (meeting_id, application_ref)
);

create index agenda_item_meeting on agenda_item (meeting_id, position);

create table agenda_paper (
    id           bigserial    primary key,
    item_id      bigint       not null references agenda_item (id),
    filename     varchar(255) not null,
    restricted   boolean      not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null default now()
);

create index agenda_paper_item on agenda_paper (item_id);

create table meeting_attendance (
    meeting_id  bigint      not null references committee_meeting (id),
    member_id   bigint      not null references committee_member (id),
    status      varchar(20) not null check (status in ('PRESENT', 'ABSENT', 'APOLOGIES')),
    primary key (meeting_id, member_id)
);

create table interest_declaration (
    item_id      bigint       not null references agenda_item (id),
    member_id    bigint       not null references committee_member (id),
    interest     boolean      not null,
    nature       varchar(1000) not null default '',
    declared_at  timestamptz  not null default now(),
    primary key (item_id, member_id)
);

-- One decision per agenda item, ever: two officers recording at once cannot both succeed.
create table item_decision (
    item_id             bigint        primary key references agenda_item (id),
    outcome             varchar(20)   not null,
    approved_amount_hkd numeric(14,2),
    note                text          not null default '',
    decided_on          date          not null,
    recorded_by         varchar(100)  not null,
    recorded_at         timestamptz   not null default now()
);

create table circulation (
    id               bigserial    primary key,
    application_ref  varchar(20)  not null,
    note             text         not null default '',
    deadline         date         not null,
    status           varchar(20)  not null,
    outcome          varchar(20),
    result_note      text         not null default '',
    decided_on       date,
    created_by       varchar(100) not null,
    created_on       date         not null,
    version          bigint       not null default 0
);

create unique index circulation_one_open on circulation (application_ref) where status = 'OPEN';

create table circulation_vote (
    circulation_id  bigint        not null references circulation (id),
    member_id       bigint        not null references committee_member (id),
    vote            varchar(20)   not null,
    comment         varchar(2000) not null default '',
    voted_at        timestamptz   not null default now(),
    primary key (circulation_id, member_id)
);
