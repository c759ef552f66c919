-- The writes an import of `staging` makes, done by the database alone (no per-row checks): the
-- applications with their share by the launch phase's rule, their timelines, cost items and the
-- approved ones' budget commits.
create temp table staged_app on commit drop as
select nextval('funding_application_id_seq') as id, s.*, f.sector,
       least(trunc(s.total_cost_hkd * r.share, 2), r.ceiling_hkd) as share, r.completion_months
from staging s
join factory f on f.br_number = s.br_number
join funding_scheme_rule r on r.scheme = s.scheme
join funding_phase p on p.id = r.phase_id and p.effective_from = date '2008-04-01';

insert into funding_application (id, reference, factory_br, factory_sector, scheme, provider_code,
    status, title, total_cost_hkd, government_share_hkd, approved_amount_hkd, final_cost_hkd,
    technology, phase_name, submitted_on, decided_on, due_on, completed_on, created_by)
select id, reference, br_number, sector, scheme, provider_code, status, reference, total_cost_hkd,
       share, case when status in ('APPROVED', 'COMPLETED') then share end,
       case when status = 'COMPLETED' then total_cost_hkd end,
       case when scheme = 'DEMONSTRATION_PROJECT' then technology end, 'Launch phase',
       submitted_on, decided_on,
       case when status in ('APPROVED', 'COMPLETED') then decided_on + completion_months * interval '1 month' end,
       case when status = 'COMPLETED' then decided_on + completion_months * interval '1 month' end,
       'bench'
from staged_app;

insert into application_status_change (application_id, from_status, to_status, effective_on, actor)
select a.id, t.from_status, t.to_status, t.on_date, 'bench'
from staged_app a
cross join lateral (values
    (1, null, 'DRAFT', a.submitted_on),
    (2, 'DRAFT', 'SUBMITTED', a.submitted_on),
    (3, 'SUBMITTED', 'SCREENING', a.submitted_on),
    (4, 'SCREENING', 'READY_FOR_COMMITTEE', a.decided_on),
    (5, 'READY_FOR_COMMITTEE', case when a.status = 'REJECTED' then 'REJECTED' else 'APPROVED' end, a.decided_on),
    (6, 'APPROVED', 'IN_PROGRESS', a.decided_on),
    (7, 'IN_PROGRESS', 'COMPLETED', a.decided_on)) as t (step, from_status, to_status, on_date)
where t.step <= case a.status when 'SUBMITTED' then 2 when 'REJECTED' then 5
                              when 'APPROVED' then 5 else 7 end;

insert into application_cost_item (application_id, position, description, amount_hkd)
select id, 0, 'Total cost', total_cost_hkd from staged_app;

insert into budget_entry (account_id, kind, application_ref, scheme, amount_hkd, effective_on, actor)
select (select id from budget_account where code = 'CPPP'), 'COMMIT', reference, scheme, share,
       decided_on, 'bench'
from staged_app where status in ('APPROVED', 'COMPLETED') and share > 0;
