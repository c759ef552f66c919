-- A result recorded from legacy records is imported once per application, even by two imports at
-- the same moment (the import checks first; this makes the check hold under concurrency).
create unique index verification_result_imported_once
    on verification_result (application_ref) where reason = 'IMPORTED';
