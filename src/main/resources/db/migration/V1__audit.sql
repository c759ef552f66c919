-- The audit trail: who did what to which record, when. Append-only: the database itself refuses
-- to change or delete an entry.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(100) not null,
    subject_type varchar(40)  not null,
    subject_id   varchar(100) not null,
    action       varchar(60)  not null,
    changes      jsonb        not null default '{}'::jsonb
);

create index audit_event_subject on audit_event (subject_type, subject_id, id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
