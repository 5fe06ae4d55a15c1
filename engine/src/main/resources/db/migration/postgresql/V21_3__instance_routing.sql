-- Instances routed by their data (issue 20): a module with x-module.routing sends each instance to
-- the operators of the category chosen in it (the request for assistance goes to the office of the
-- service it is about). Set once, when the instance is sent; null for every other instance.
alter table instance add column routing_category varchar(64);

-- The assistance contacts of the module and of the category the instance went to, as they were when
-- it was sent: the receipt prints these, so it stays the same however often it is printed while
-- the admins edit the contacts of the pages. Null before sending and for instances sent earlier.
alter table instance add column frozen_contacts jsonb;

-- The back-office list of a routed module as an operator of one category sees it, newest first (the
-- default sort), read in order as instance_bo_sent_ix is for the whole module; it also serves the
-- one-probe-per-category walk that finds the categories a module's instances went to.
create index instance_bo_routing_sent_ix on instance (form_code, routing_category, sent_at, id)
    include (state, deleted_at);
