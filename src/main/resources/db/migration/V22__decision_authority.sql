-- A funding decision is recorded only under an authority: a held meeting's agenda item, a closed
-- circulation, or a delegated authority of the committee (issue 9.2). The status change that
-- carries the decision out names it; a meeting item or a circulation decides one application once.
alter table application_status_change
    add column authority_route    varchar(20),
    add column authority_id       bigint,
    add column authority_citation varchar(300);

alter table application_status_change
    add constraint application_status_change_authority
        check ((authority_route is null) = (authority_id is null));

create unique index application_status_change_single_use
    on application_status_change (authority_route, authority_id)
    where authority_route in ('MEETING_ITEM', 'CIRCULATION');
