-- Spring Modulith's JDBC event publication registry (schema v2 of Modulith 2.0, PostgreSQL): one row
-- per event and listener, written in the publishing transaction; a row not completed is a listener
-- that failed or whose instance died, resubmitted by platform/EventResubmission.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
-- the incomplete ones are what restarts and the resubmission job look for
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;
