-- The public and staff provider lists search part of a code or a name (lower(...) like '%text%'):
-- trigram indexes answer that without reading the whole register. pg_trgm ships with PostgreSQL's
-- contrib modules (the embedded binaries include it).
create extension if not exists pg_trgm;
create index provider_name_trgm on provider using gin (lower(name) gin_trgm_ops);
create index provider_name_zh_trgm on provider using gin (lower(name_zh) gin_trgm_ops);
create index provider_code_trgm on provider using gin (lower(code) gin_trgm_ops);
create index provider_registered on provider (name, code) where removed_on is null;
