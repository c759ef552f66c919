-- Public forms (issue 9.3, 9.7).
-- Event registrations: a new one is UNCONFIRMED (holds no seat) until its mailed link is opened;
-- one never confirmed in time EXPIRES. Only unconfirmed, confirmed and waiting ones are live.
alter table outreach_registration drop constraint outreach_registration_status_check;
alter table outreach_registration add constraint outreach_registration_status check (
    status in ('UNCONFIRMED', 'CONFIRMED', 'WAITING', 'CANCELLED', 'EXPIRED'));
alter table outreach_registration add column confirmed_at timestamptz;
drop index outreach_registration_once;
create unique index outreach_registration_once on outreach_registration (activity_id, lower(email))
    where status in ('UNCONFIRMED', 'CONFIRMED', 'WAITING');
create index outreach_registration_unconfirmed on outreach_registration (registered_at)
    where status = 'UNCONFIRMED';

-- Account requests: a chosen username is checked by the officer, never answered to the public (a
-- clash must not tell a visitor which usernames exist), so pending requests may share one. A
-- request naming a registered factory is approved only as an additional user of it, once the
-- factory's registered contact has confirmed by a mailed link (its token kept only as a hash) or
-- an officer has recorded an offline confirmation with a reason.
drop index account_request_pending_username;
alter table account_request
    add column confirmation_token_hash varchar(64) unique,
    add column confirmation_sent_to    varchar(200),
    add column confirmation_sent_at    timestamptz,
    add column confirmed_at            timestamptz,
    add column confirmed_by            varchar(200),
    add column confirmation_note       text,
    add column declined_at             timestamptz;
create index account_request_br on account_request (br_number);
