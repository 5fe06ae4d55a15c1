-- Due e-mails are claimed oldest first from an index of due rows only (issue 13); before, an OR with
-- the expired leases made every claim sort the whole backlog.
create index mail_job_due_order_ix on mail_job (next_attempt_at, id) where status in ('PENDING', 'RETRY');
create index mail_job_lease_ix on mail_job (claimed_until, id) where status = 'IN_PROGRESS';
