-- The workers read their oldest pending rows in index order (issue 13). H2 has no partial indexes:
-- the order column follows the status and effect of the existing index.
create index instance_effect_pending_order_ix on instance_effect (status, effect, created_at, id);
