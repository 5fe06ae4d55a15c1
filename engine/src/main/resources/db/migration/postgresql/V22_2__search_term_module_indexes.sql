-- The indexes of the words with their module (V22_1), built after the update is committed, so they
-- hold the rows as they are now and not also their old versions.
alter table instance_search_term add constraint instance_search_term_pk primary key (instance_id, kind, term);

-- varchar_pattern_ops lets "term like 'abc%'" use the index whatever the database's collation; the
-- ids come from the index alone.
create index if not exists instance_search_term_form_ix
    on instance_search_term (form_code, kind, term varchar_pattern_ops) include (instance_id);

-- The planner's statistics of the new column, before the first search plans with it.
analyze instance_search_term;
