-- The back office at a million instances (issue 15): one index per sort the lists offer, led by the
-- module and ending with the id that breaks ties. Read forwards or backwards it gives the order in
-- both directions (missing values last ascending, first descending, as the queries write it) and the
-- keyset condition "(column, id) after the cursor" of the next page, so no page sorts the module.
create index instance_bo_sent_ix on instance (form_code, sent_at, id);
create index instance_bo_number_ix on instance (form_code, number, id);
create index instance_bo_state_ix on instance (form_code, state, sent_at, id) include (deleted_at);
create index instance_bo_organisation_ix on instance (form_code, organisation, id);
create index instance_bo_declarant_ix on instance (form_code, declarant_name, id);

-- Superseded by the ones above, which begin with the same columns.
drop index instance_form_sent_ix;
drop index instance_form_state_sent_ix;
drop index instance_form_organisation_ix;
drop index instance_form_declarant_ix;

-- "Le mie istanze": the owner's instances newest first, the id breaking ties, without a sort.
create index instance_owner_created_id_ix on instance (owner, created_at, id);
drop index instance_owner_created_ix;
