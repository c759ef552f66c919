-- The factory's sector, copied from the application when a case is opened and into each frozen
-- result, so the CP Toolbox's medians per sector are computed in the database. Results signed before
-- this migration have none and are left out of the toolbox.
alter table verification_case add column factory_sector varchar(40);
alter table verification_result add column sector varchar(40);
-- the application's scheme: a verification's recorded cost is the verification service's, not the
-- improvement's, so the toolbox's cost and payback medians take demonstration projects only
alter table verification_result add column scheme varchar(30);
create index verification_result_sector on verification_result (sector, technology);
