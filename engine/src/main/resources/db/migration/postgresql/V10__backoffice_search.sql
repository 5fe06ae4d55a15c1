-- The back office: who declared each sent instance, and the words of the fields a module marks
-- searchable, written when the instance is sent, so operators filter, sort and page in the database.

alter table instance add column declarant_name varchar(255);
alter table instance add column declarant_code varchar(32);

create index instance_form_sent_ix on instance (form_code, sent_at);
create index instance_form_state_sent_ix on instance (form_code, state, sent_at);
create index instance_form_declarant_ix on instance (form_code, declarant_name);
create index instance_form_organisation_ix on instance (form_code, organisation);

-- kind is 'text' for searchable fields, 'declarant' for the declarant's name and codice fiscale;
-- terms are lower case words without accents, matched by prefix.
create table instance_search_term (
    instance_id uuid         not null references instance (id),
    kind        varchar(20)  not null,
    term        varchar(100) not null,
    constraint instance_search_term_pk primary key (instance_id, kind, term)
);

-- varchar_pattern_ops lets "term like 'abc%'" use the index whatever the database's collation.
create index instance_search_term_ix on instance_search_term (kind, term varchar_pattern_ops);
