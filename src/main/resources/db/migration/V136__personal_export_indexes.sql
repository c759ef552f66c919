-- Personal-data export (retention): the mails sent to a person and the audit entries a user is the
-- actor of are looked up per person.
create index mail_outbox_recipient on mail_outbox (lower(recipient));
create index audit_event_actor on audit_event (actor, id);
-- A member's own declarations, attendance and votes (committee), all of them.
create index interest_declaration_member_all on interest_declaration (member_id);
create index meeting_attendance_member on meeting_attendance (member_id);
create index circulation_vote_member on circulation_vote (member_id);
