-- The index of the words with their module (issue 15, third round); see the PostgreSQL variant.
create index instance_search_term_form_ix on instance_search_term (form_code, kind, term);
