-- Trigram search (pg_trgm, shipped with PostgreSQL): the possible-duplicate check of a new factory
-- and the officers' text search of applications use trigram indexes instead of reading every row
-- (the extension is created by V31).

-- A factory's name or address as the duplicate check compares them: NFKC, lower case, legal-form
-- words (Ltd, Limited, Co, 有限公司...) and everything but letters and digits taken out. It picks the
-- candidates only; factory/Similarity (the same normalisation) decides which pairs are stored.
create function factory_similarity_key(value text) returns text
    language sql immutable parallel safe as $$
    select regexp_replace(
        regexp_replace(
            lower(normalize(coalesce(value, ''), NFKC)),
            '有限責任公司|有限责任公司|股份有限公司|有限公司|股份|公司'
                || '|\m(ltd|limited|co|company|corp|corporation|inc|incorporated|the|llc|plc)\M',
            ' ', 'g'),
        '[^[:alnum:]]', '', 'g')
$$;

-- Kept as columns so that comparing them costs no regular expression per row; GiST indexes answer
-- "the 25 nearest" (ORDER BY key <-> ?) without visiting every factory that shares a trigram.
alter table factory
    add column name_en_key text generated always as (factory_similarity_key(name_en)) stored,
    add column name_zh_key text generated always as (factory_similarity_key(name_zh)) stored,
    add column address_key text generated always as (factory_similarity_key(address)) stored;

create index factory_name_en_trgm on factory using gist (name_en_key gist_trgm_ops);
create index factory_name_zh_trgm on factory using gist (name_zh_key gist_trgm_ops);
create index factory_address_trgm on factory using gist (address_key gist_trgm_ops);

-- The application list's ?text= filter: lower(reference) / lower(title) / factory_br LIKE '%x%'.
create index funding_application_reference_trgm on funding_application
    using gin (lower(reference) gin_trgm_ops);
create index funding_application_title_trgm on funding_application
    using gin (lower(title) gin_trgm_ops);
create index funding_application_factory_br_trgm on funding_application
    using gin (factory_br gin_trgm_ops);
