-- Facts kept per day for the reports (issue 12): the progress report and the dashboards count
-- decisions as at a date from these instead of reading every status change. Triggers keep them in
-- the same transaction as the change they follow, whatever writes it (workflow, import, by-hand
-- SQL), so they are exact by construction; ApplicationFactsTests compares them with the raw tables.

-- Decisions (approvals and rejections) taking effect on a day, by scheme and technology
-- ('' = none: the technology is part of the key, and a key has no nulls).
create table application_decision_fact (
    effective_on date        not null,
    to_status    varchar(30) not null,
    scheme       varchar(30) not null,
    technology   varchar(40) not null,
    applications bigint      not null,
    primary key (effective_on, to_status, scheme, technology)
);

-- Each factory (as it is filed on its applications, with their sector) with at least one approval:
-- the day of its first approval and how many approvals it has.
create table factory_approval_fact (
    factory_br        varchar(8)  not null,
    factory_sector    varchar(40) not null,
    first_approved_on date        not null,
    approvals         bigint      not null,
    primary key (factory_br, factory_sector)
);

create index factory_approval_fact_first on factory_approval_fact (first_approved_on, factory_sector);

-- A factory's approvals counted again from the raw tables (after a change was corrected or taken
-- away, or an application moved to another factory or sector: rare, and one factory's only).
create function recount_factory_approvals(p_br text, p_sector text)
    returns void language plpgsql as $$
begin
    delete from factory_approval_fact where factory_br = p_br and factory_sector = p_sector;
    insert into factory_approval_fact (factory_br, factory_sector, first_approved_on, approvals)
    select p_br, p_sector, min(c.effective_on), count(*)
      from funding_application a join application_status_change c on c.application_id = a.id
     where a.factory_br = p_br and a.factory_sector = p_sector and c.to_status = 'APPROVED'
    having count(*) > 0;
end $$;

-- New status changes, counted once per statement (an import inserts thousands in one): one
-- update per key, in key order so that concurrent writers lock the facts in the same order.
create function application_status_change_inserted() returns trigger language plpgsql as $$
begin
    insert into application_decision_fact as f
        (effective_on, to_status, scheme, technology, applications)
    select n.effective_on, n.to_status, a.scheme, coalesce(a.technology, ''), count(*)
      from new_rows n join funding_application a on a.id = n.application_id
     where n.to_status in ('APPROVED', 'REJECTED')
     group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (effective_on, to_status, scheme, technology)
        do update set applications = f.applications + excluded.applications;
    insert into factory_approval_fact as f
        (factory_br, factory_sector, first_approved_on, approvals)
    select a.factory_br, a.factory_sector, min(n.effective_on), count(*)
      from new_rows n join funding_application a on a.id = n.application_id
     where n.to_status = 'APPROVED'
     group by 1, 2 order by 1, 2
        on conflict (factory_br, factory_sector)
        do update set first_approved_on = least(f.first_approved_on, excluded.first_approved_on),
                      approvals = f.approvals + excluded.approvals;
    return null;
end $$;

create trigger application_status_change_inserted
    after insert on application_status_change
    referencing new table as new_rows
    for each statement execute function application_status_change_inserted();

-- Adds (sign 1) or takes away (sign -1) one decision of an application as it is filed now.
create function count_decision(p_app bigint, p_status text, p_on date, p_sign integer)
    returns void language plpgsql as $$
begin
    if p_status in ('APPROVED', 'REJECTED') then
        insert into application_decision_fact as f
            (effective_on, to_status, scheme, technology, applications)
        select p_on, p_status, a.scheme, coalesce(a.technology, ''), p_sign
          from funding_application a where a.id = p_app
            on conflict (effective_on, to_status, scheme, technology)
            do update set applications = f.applications + excluded.applications;
    end if;
end $$;

-- The factory of an application counted again, if the change was an approval.
create function recount_factory_of(p_app bigint, p_status text)
    returns void language plpgsql as $$
declare
    app record;
begin
    if p_status = 'APPROVED' then
        select factory_br, factory_sector into app from funding_application where id = p_app;
        if found then
            perform recount_factory_approvals(app.factory_br, app.factory_sector);
        end if;
    end if;
end $$;

-- A status change corrected or taken away (rare: corrections by hand, tests).
create function application_status_change_corrected() returns trigger language plpgsql as $$
begin
    perform count_decision(old.application_id, old.to_status, old.effective_on, -1);
    perform recount_factory_of(old.application_id, old.to_status);
    if tg_op = 'UPDATE' then
        perform count_decision(new.application_id, new.to_status, new.effective_on, 1);
        perform recount_factory_of(new.application_id, new.to_status);
    end if;
    return null;
end $$;

create trigger application_status_change_updated
    after update of application_id, to_status, effective_on on application_status_change
    for each row
    when (old.application_id is distinct from new.application_id
          or old.to_status is distinct from new.to_status
          or old.effective_on is distinct from new.effective_on)
    execute function application_status_change_corrected();

create trigger application_status_change_deleted
    after delete on application_status_change
    for each row execute function application_status_change_corrected();

-- An application filed again under another scheme, technology, factory or sector moves its
-- decisions with it.
create function funding_application_facts() returns trigger language plpgsql as $$
declare
    change record;
begin
    if old.scheme is distinct from new.scheme or old.technology is distinct from new.technology then
        for change in
            select effective_on, to_status from application_status_change
             where application_id = new.id and to_status in ('APPROVED', 'REJECTED')
        loop
            update application_decision_fact set applications = applications - 1
             where effective_on = change.effective_on and to_status = change.to_status
               and scheme = old.scheme and technology = coalesce(old.technology, '');
            insert into application_decision_fact as f
                (effective_on, to_status, scheme, technology, applications)
            values (change.effective_on, change.to_status, new.scheme, coalesce(new.technology, ''), 1)
                on conflict (effective_on, to_status, scheme, technology)
                do update set applications = f.applications + 1;
        end loop;
    end if;
    perform recount_factory_approvals(old.factory_br, old.factory_sector);
    perform recount_factory_approvals(new.factory_br, new.factory_sector);
    return null;
end $$;

create trigger funding_application_facts
    after update of scheme, technology, factory_br, factory_sector on funding_application
    for each row
    when (old.scheme is distinct from new.scheme
          or old.technology is distinct from new.technology
          or old.factory_br is distinct from new.factory_br
          or old.factory_sector is distinct from new.factory_sector)
    execute function funding_application_facts();

-- The facts of the programme as it stands.
insert into application_decision_fact (effective_on, to_status, scheme, technology, applications)
select c.effective_on, c.to_status, a.scheme, coalesce(a.technology, ''), count(*)
  from application_status_change c join funding_application a on a.id = c.application_id
 where c.to_status in ('APPROVED', 'REJECTED')
 group by 1, 2, 3, 4;

insert into factory_approval_fact (factory_br, factory_sector, first_approved_on, approvals)
select a.factory_br, a.factory_sector, min(c.effective_on), count(*)
  from application_status_change c join funding_application a on a.id = c.application_id
 where c.to_status = 'APPROVED'
 group by 1, 2;

-- The officers' list: each filter the page offers, newest first, answered from one index.
create index funding_application_status_id on funding_application (status, id);
create index funding_application_scheme_id on funding_application (scheme, id);
create index funding_application_sector_id on funding_application (factory_sector, id);
