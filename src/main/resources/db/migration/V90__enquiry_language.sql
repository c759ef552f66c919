-- The language an enquirer wrote in (the public form's page, or as the officer logging it chose):
-- the answer is mailed in it.
alter table outreach_enquiry
    add column language varchar(10) not null default 'en'
        constraint outreach_enquiry_language check (language in ('en', 'zh-HK', 'zh-CN'));
