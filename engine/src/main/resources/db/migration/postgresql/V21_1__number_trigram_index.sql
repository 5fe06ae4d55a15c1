-- The back office at a million instances (issue 15): a part of a number ("00123", "2025.0001") is
-- searched with "upper(number) like '%...%'" (the instance's number or the protocol register's), which
-- a b-tree cannot serve; trigram indexes (pg_trgm) can, for three characters or more.
--
-- Creating the extension needs a superuser, or the database's owner (pg_trgm is a trusted extension
-- since PostgreSQL 13). Where the application's user may do neither, have it created once beforehand,
-- in any schema:   create extension pg_trgm;
-- It goes into public when missing, so that dropping another schema never takes it away; the indexes
-- name its operator class in whichever schema it is.
create extension if not exists pg_trgm schema public;

do $$
declare
    trgm text := (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                  where e.extname = 'pg_trgm');
begin
    execute format('create index instance_number_trgm_ix on instance using gin (upper(number) %I.gin_trgm_ops)',
                   trgm);
    execute format('create index instance_protocol_number_trgm_ix on instance '
                   'using gin (upper(protocol_number) %I.gin_trgm_ops)', trgm);
end
$$;
