-- An application decided under a delegated authority while it stood on the next meeting's agenda
-- stays there, withdrawn, and the decision is listed on the same agenda for noting: one item of
-- each kind per application per meeting (the decision failed on the old constraint).
alter table agenda_item drop constraint agenda_item_one_application;
alter table agenda_item
    add constraint agenda_item_one_application_per_kind unique (meeting_id, application_ref, kind);
