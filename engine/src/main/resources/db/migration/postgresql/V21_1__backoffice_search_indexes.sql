-- The back office at a million instances (issue 15), after measuring every list and search with
-- EXPLAIN (ANALYZE, BUFFERS) on 1,000,000 instances (docs/performance.md). "if not exists": the
-- indexes may have been built beforehand on a large database, out of the deployment's window.

-- A part of a number ("00123", "2025.0001") is searched with "upper(number) like '%...%'" (the
-- instance's number or the protocol register's), which a b-tree cannot serve; trigram indexes
-- (pg_trgm) can, for three characters or more.
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
    execute format('create index if not exists instance_number_trgm_ix on instance '
                   'using gin (upper(number) %I.gin_trgm_ops)', trgm);
    execute format('create index if not exists instance_protocol_number_trgm_ix on instance '
                   'using gin (upper(protocol_number) %I.gin_trgm_ops)', trgm);
end
$$;

-- The words searched: the ids of the instances with a word beginning so come from the index alone
-- (16,000 ids of a common first name read from the table's pages took 270 ms; from the index, 3 ms).
create index if not exists instance_search_term_prefix_ix on instance_search_term (kind, term varchar_pattern_ops)
    include (instance_id);
drop index if exists instance_search_term_ix;

-- The list sorted by state: the state, then the id that breaks ties (the index on the state and the
-- sending time cannot give that order, and the sort read the whole module). It also serves what the
-- index on (form_code, state) served.
create index if not exists instance_bo_state_id_ix on instance (form_code, state, id) include (deleted_at);
drop index if exists instance_form_code_state_ix;

-- "Le mie istanze" of an account filing thousands (a CAF): its instances newest first, and the
-- capped count, from the index alone (10,000 rows read from the table for the count took 30 ms warm,
-- 290 ms cold); it replaces the index on (owner, created_at, id).
create index if not exists instance_owner_created_cover_ix on instance (owner, created_at, id)
    include (deleted_at, tab, state, form_code);
drop index if exists instance_owner_created_id_ix;
