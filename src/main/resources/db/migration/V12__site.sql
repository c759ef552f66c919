-- Requests from factories to open an applicant account (and register the factory), checked by
-- an officer before anything is created. The chosen password is kept only as a hash.
create table account_request (
    id              bigserial primary key,
    br_number       varchar(8)   not null,
    name_en         varchar(200) not null,
    name_zh         varchar(200),
    hk_owned        boolean      not null,
    city            varchar(30)  not null,
    sector          varchar(40)  not null,
    address         varchar(400) not null,
    contact_person  varchar(120) not null,
    contact_phone   varchar(40)  not null,
    contact_email   varchar(200) not null,
    username        varchar(60)  not null,
    password_hash   varchar(200) not null,
    status          varchar(20)  not null default 'PENDING',
    decided_by      varchar(100),
    decided_at      timestamptz,
    decision_note   text         not null default '',
    submitted_at    timestamptz  not null default now(),
    version         bigint       not null default 0
);

create index account_request_status on account_request (status, id);
create unique index account_request_pending_username on account_request (username) where status = 'PENDING';
