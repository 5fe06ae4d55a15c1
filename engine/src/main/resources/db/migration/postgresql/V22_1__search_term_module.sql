-- The back office at a million instances (issue 15), third round: the words of an instance carry
-- its module (an instance never changes module), so the instances of one module with a word
-- beginning so come from one range of one index. Before, a common word's ids came from every module
-- (16,421 for "giulia", 5,573 of them in the module searched) and its capped count hash-joined them
-- with every instance of the module (142,486 index entries read, 50-70 ms).
--
-- One set-based update, with no index to maintain: the index on the words of every module is
-- superseded by the one V22_2 builds, and the primary key is built again there, in a transaction
-- of its own (built in this one, an index would also hold the old version of every row updated).
alter table instance_search_term add column form_code varchar(100);
drop index if exists instance_search_term_prefix_ix;
alter table instance_search_term drop constraint instance_search_term_pk;

update instance_search_term t set form_code = i.form_code from instance i where i.id = t.instance_id;

alter table instance_search_term alter column form_code set not null;
