-- Which records the retention job has anonymised (so a run never does one twice), and the indexes
-- its scans by date and the personal-data export's look-ups by e-mail use. Each module's table is
-- still changed only by its own module (through the PersonalRecords it contributes).

-- outreach: enquiries by the day received, registrations by the day registered, attendance by the
-- day recorded; look-ups by e-mail for a person's export.
alter table outreach_enquiry add column anonymised_at timestamptz;
create index outreach_enquiry_retention on outreach_enquiry (received_at) where anonymised_at is null;
create index outreach_enquiry_email on outreach_enquiry (lower(email));
create index outreach_enquiry_factory on outreach_enquiry (factory_br);
alter table outreach_registration add column anonymised_at timestamptz;
create index outreach_registration_retention on outreach_registration (registered_at)
    where anonymised_at is null;
create index outreach_registration_email on outreach_registration (lower(email));
create index outreach_registration_factory on outreach_registration (factory_br);
alter table outreach_attendance add column anonymised_at timestamptz;
create index outreach_attendance_retention on outreach_attendance (recorded_at)
    where anonymised_at is null;
create index outreach_attendance_email_lookup on outreach_attendance (lower(email));
create index outreach_attendance_factory on outreach_attendance (factory_br);

-- site: refused account requests by the day decided.
alter table account_request add column anonymised_at timestamptz;
create index account_request_retention on account_request (decided_at)
    where status = 'REJECTED' and anonymised_at is null;
create index account_request_email on account_request (lower(contact_email));

-- provider: refused applications to join the register by the day decided.
alter table provider_application add column anonymised_at timestamptz;
create index provider_application_retention on provider_application (decided_at)
    where status = 'REFUSED' and anonymised_at is null;
create index provider_application_email on provider_application (lower(contact_email));

-- application: documents of rejected applications by the day the application was decided.
alter table application_document add column content_deleted_at timestamptz;
create index funding_application_rejected on funding_application (decided_on)
    where status = 'REJECTED';

-- identity: accounts by e-mail.
create index users_email on users (lower(email));

-- audit: entries whose changes name a personal field, by the day they occurred. The trail stays
-- append-only, except that the retention job (and only inside a transaction that says so) may
-- replace an entry's personal fields once.
alter table audit_event add column anonymised_at timestamptz;
create index audit_event_retention on audit_event (occurred_at)
    where anonymised_at is null
      and jsonb_exists_any(changes, array['contactPerson', 'contactPhone', 'contactEmail', 'email',
                           'phone', 'address', 'displayName', 'question', 'sentTo', 'recipient']);

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
       and current_setting('cppp.audit_anonymise', true) = 'on'
       and old.anonymised_at is null and new.anonymised_at is not null
       and new.id = old.id and new.occurred_at = old.occurred_at and new.actor = old.actor
       and new.subject_type = old.subject_type and new.subject_id = old.subject_id
       and new.action = old.action then
        return new;
    end if;
    raise exception 'audit_event is append-only';
end;
$$;
-- factory: a person's export finds the factories they are the contact of.
create index factory_contact_email on factory (lower(contact_email));
