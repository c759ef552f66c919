-- The tests decide applications today, and some in financial years of their own far ahead (2034,
-- 2095, ...) so that their figures stand alone, long after the programme account's first period
-- (2008-04-01 to 2013-03-31). As the office records later commitments before deciding, the test
-- database extends the account, once, to 2100-03-31.
with extended as (
    update budget_account
    set period_to = date '2100-03-31', period_version = period_version + 1
    where code = 'CPPP' and period_to < date '2100-03-31'
    returning id, period_version, period_from, period_to
)
insert into budget_account_period (account_id, version, period_from, period_to, reason, actor)
select id, period_version, period_from, period_to, 'Test database: tests date decisions to 2100',
       'system'
from extended;
