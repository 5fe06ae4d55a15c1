-- Receipts are printed after the sending transaction, from render-pdf rows of instance_effect. The
-- workers of each kind (receipt printing, e-mail) look for their own pending rows, oldest first.
create index instance_effect_pending_ix on instance_effect (status, effect, created_at);
