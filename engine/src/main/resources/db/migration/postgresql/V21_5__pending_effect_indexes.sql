-- The workers find their oldest pending row in a small index of pending rows only (issue 13): the
-- e-mail expansion's "effect in (...) order by created_at" read every pending row, and probed the
-- registration deliveries for each, once per e-mail, so a click day's backlog cost quadratic time.
create index instance_effect_mail_pending_ix on instance_effect (created_at, id)
    where status = 'PENDING' and effect in ('send-receipt', 'notify-owner');
create index instance_effect_receipt_pending_ix on instance_effect (created_at, id)
    where status = 'PENDING' and effect = 'render-pdf';
