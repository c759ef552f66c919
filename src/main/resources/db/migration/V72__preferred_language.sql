-- Each user's language for every mail (en, zh-HK, zh-CN); a sign-up keeps the page's language, which
-- the account it opens starts with. Mail composers look a recipient up by e-mail: an index for it.
alter table users add column language varchar(5) not null default 'en'
    check (language in ('en', 'zh-HK', 'zh-CN'));
create index users_email_lower on users (lower(email));

alter table account_request add column language varchar(5) not null default 'en'
    check (language in ('en', 'zh-HK', 'zh-CN'));
