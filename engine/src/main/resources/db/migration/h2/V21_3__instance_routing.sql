-- Instances routed by their data (issue 20); see the PostgreSQL variant.
alter table instance add column routing_category varchar(64);
alter table instance add column frozen_contacts character large object;

create index instance_bo_routing_sent_ix on instance (form_code, routing_category, sent_at, id);
