-- The 2011/12 progress report's figures computed by hand in SQL (the database doing the work).
select a.scheme, extract(year from c.effective_on - interval '3 months') as fy, count(*)
  from application_status_change c join funding_application a on a.id = c.application_id
 where c.to_status = 'APPROVED' and c.effective_on between '2008-04-01' and '2012-03-31' group by 1, 2;
select a.technology, count(*) from application_status_change c join funding_application a on a.id = c.application_id
 where c.to_status = 'APPROVED' and a.scheme = 'DEMONSTRATION_PROJECT' and c.effective_on <= '2012-03-31' group by 1;
select a.factory_sector, count(distinct a.factory_br) from application_status_change c join funding_application a on a.id = c.application_id
 where c.to_status = 'APPROVED' and c.effective_on <= '2012-03-31' group by 1 order by 2 desc;
select count(*) filter (where joined_on between '2011-04-01' and '2012-03-31') as joined,
       (select count(*) from provider_history where action = 'REMOVED' and effective_on between '2011-04-01' and '2012-03-31') as removed
  from provider;
select p.base, count(*) from provider p where p.joined_on <= '2012-03-31' and not exists (
  select 1 from provider_history h where h.provider_id = p.id and h.effective_on <= '2012-03-31' and h.action = 'REMOVED'
  and not exists (select 1 from provider_history r where r.provider_id = p.id and r.action = 'REINSTATED' and r.effective_on > h.effective_on and r.effective_on <= '2012-03-31'))
 group by 1;
select type, count(*), sum(coalesce(recorded_participants, 0)), sum(coalesce(visitors, 0)) from outreach_activity
 where held_on <= '2012-03-31' group by type, held_on >= '2011-04-01';
select count(*) from committee_meeting where meeting_date between '2011-04-01' and '2012-03-31' and status in ('HELD','MINUTES_DRAFTED','MINUTES_CONFIRMED');
