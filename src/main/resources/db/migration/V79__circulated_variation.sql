-- A circulation decides either an application or one of its variations (then named here by its id,
-- a key of the applications module as the application's reference is).
alter table circulation add column variation_id bigint;
