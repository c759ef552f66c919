-- Time limits that act. The reminder schedule is data: for each kind of deadline, how many days
-- before it the responsible people are reminded (an administrator edits it).
create table deadline_reminder_step (
    id          bigserial   primary key,
    deadline    varchar(20) not null constraint deadline_reminder_step_kind check (deadline in ('COMPLETION')),
    days_before integer     not null constraint deadline_reminder_step_days check (days_before between 1 and 365),
    constraint deadline_reminder_step_once unique (deadline, days_before)
);

insert into deadline_reminder_step (deadline, days_before) values ('COMPLETION', 30), ('COMPLETION', 7);

-- Each reminder and escalation sent, once per deadline (a moved due date is a new deadline) and
-- step: the unique key makes a rerun, or a second instance running at the same time, send nothing.
create table deadline_notice (
    id        bigserial   primary key,
    deadline  varchar(20) not null,
    reference varchar(20) not null,
    due_on    date        not null,
    -- REMINDER_<days before> or OVERDUE
    step      varchar(20) not null,
    sent_at   timestamptz not null,
    constraint deadline_notice_once unique (deadline, reference, due_on, step)
);

-- Service levels: the days an application may spend in screening (submitted until ready for the
-- committee) and before the committee (ready until decided); "near" is the last warning_days.
create table service_level (
    stage        varchar(20)  primary key constraint service_level_stage check (stage in ('SCREENING', 'COMMITTEE')),
    days_allowed integer      not null constraint service_level_days check (days_allowed between 1 and 365),
    warning_days integer      not null constraint service_level_warning check (warning_days >= 0),
    updated_by   varchar(100) not null,
    updated_at   timestamptz  not null default now(),
    constraint service_level_warning_within check (warning_days < days_allowed)
);

insert into service_level (stage, days_allowed, warning_days, updated_by)
values ('SCREENING', 21, 5, 'system'), ('COMMITTEE', 45, 7, 'system');

-- The service-level stage an application is in and the day it entered it, kept by the aggregate:
-- breaches are then one index range, never a scan of the history.
alter table funding_application add column sla_stage varchar(20), add column sla_since date;

update funding_application a
set sla_stage = s.stage,
    sla_since = (select max(c.effective_on) from application_status_change c
                 where c.application_id = a.id and c.to_status = any(s.statuses)
                   and (c.from_status is null or not (c.from_status = any(s.statuses))))
from (values ('SCREENING', array['SUBMITTED', 'SCREENING']),
             ('COMMITTEE', array['READY_FOR_COMMITTEE'])) as s (stage, statuses)
where a.status = any(s.statuses);

update funding_application set sla_since = coalesce(submitted_on, current_date)
where sla_stage is not null and sla_since is null;

create index funding_application_sla on funding_application (sla_stage, sla_since, reference)
    where sla_stage is not null;

-- Approved work still open, by its completion date: the overdue count, list and reminders.
create index funding_application_open_due on funding_application (due_on, reference)
    where status in ('APPROVED', 'IN_PROGRESS');
