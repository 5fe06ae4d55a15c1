-- The back office at a million instances (issue 15). PostgreSQL also adds trigram indexes (pg_trgm)
-- for the search of a part of a number; H2, for development and tests, has none: there
-- "upper(number) like '%...%'" reads the module's instances.

-- The list sorted by state: the state, then the id that breaks ties.
create index instance_bo_state_id_ix on instance (form_code, state, id);
drop index instance_form_code_state_ix;
