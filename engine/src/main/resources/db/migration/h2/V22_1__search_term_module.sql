-- The words of an instance carry its module (issue 15, third round); see the PostgreSQL variant.
alter table instance_search_term add column form_code varchar(100);
drop index if exists instance_search_term_ix;
update instance_search_term t set form_code = (select i.form_code from instance i where i.id = t.instance_id);
alter table instance_search_term alter column form_code set not null;
