-- Every mail is written here in the transaction of the change that causes it, and sent by the
-- dispatcher (platform/MailDispatcher) once committed: none is lost or sent twice across a restart.
-- A row is pending until sent_at or failed_at is set; next_attempt_at holds the retry's backoff.
create table mail_outbox (
    id              bigserial primary key,
    recipient       varchar(200) not null,
    subject         text         not null,
    body            text         not null,
    created_at      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      varchar(500)
);

create index mail_outbox_due on mail_outbox (next_attempt_at)
    where sent_at is null and failed_at is null;
create index mail_outbox_failed on mail_outbox (failed_at desc) where failed_at is not null;
create index mail_outbox_created on mail_outbox (created_at);

-- Outreach kept its own copy of the mails it sent; they join the one outbox as sent.
insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at, sent_at)
select recipient, subject, body, queued_at, queued_at, queued_at from outreach_mail;
drop table outreach_mail;
