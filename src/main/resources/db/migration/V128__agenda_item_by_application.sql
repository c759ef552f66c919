-- An application's items on every agenda are looked up by its reference alone (a decided or
-- withdrawn application or variation request leaving the open agendas, a second agenda refused, a
-- decision letter): an index on it, not a scan of every meeting's items. No query looks an item up
-- by its variation request alone (they go by the application first), so that index goes.
create index agenda_item_application on agenda_item (application_ref);
drop index agenda_item_variation;
