-- Report and import jobs run in the background (platform/BackgroundJobs): kept here so that every
-- instance shows them, a reloaded page finds them again and a restart leaves none "running".
create table background_job (
    id              varchar(36)  not null primary key,
    seq             bigint       generated always as identity,
    kind            varchar(40)  not null,
    owner           varchar(100) not null,
    -- set for a kind that allows one unfinished job per owner (imports): the unique index guards it
    single_key      varchar(100),
    state           varchar(10)  not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    -- the module's own view of the job (JSON): parameters, counters, result
    progress        text         not null,
    cancel_requested boolean     not null default false,
    error           varchar(500),
    filename        varchar(200),
    content_type    varchar(100),
    file            bytea,
    -- the instance running it and when it last said so; a job whose instance went silent is failed
    instance        varchar(100) not null,
    heartbeat_at    timestamp with time zone not null,
    created_at      timestamp with time zone not null,
    started_at      timestamp with time zone,
    finished_at     timestamp with time zone
);
create index background_job_owner_idx on background_job (kind, owner, seq desc);
create index background_job_unfinished_idx on background_job (heartbeat_at) where state in ('QUEUED', 'RUNNING');
create index background_job_finished_idx on background_job (finished_at) where finished_at is not null;
create unique index background_job_single_idx on background_job (kind, single_key)
    where single_key is not null and state in ('QUEUED', 'RUNNING');
