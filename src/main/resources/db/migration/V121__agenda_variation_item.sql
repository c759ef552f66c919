-- A factory's variation request beyond the officers' delegated authority can be put on a meeting's
-- agenda (kind VARIATION), named by its id (a key of the applications module, as circulation's
-- variation_id is). One item per application, kind and variation per meeting: the application's
-- variation item sits beside its decision item, and two variations of it may be on one agenda.
alter table agenda_item add column variation_id bigint;
alter table agenda_item drop constraint agenda_item_one_application_per_kind;
create unique index agenda_item_one_application_per_kind
    on agenda_item (meeting_id, application_ref, kind, coalesce(variation_id, 0));
create index agenda_item_variation on agenda_item (variation_id) where variation_id is not null;
