-- The index on the module and the sending time holding the state and the deletion too (issue 15,
-- fourth round); H2 has no "include": they are its last columns (see the PostgreSQL variant).
create index instance_bo_sent_cover_ix on instance (form_code, sent_at, id, state, deleted_at);
drop index instance_bo_sent_ix;
