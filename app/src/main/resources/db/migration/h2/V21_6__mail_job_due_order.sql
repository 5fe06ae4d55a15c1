-- Due e-mails are claimed oldest first in index order (issue 13); H2 has no partial indexes.
create index mail_job_due_order_ix on mail_job (status, next_attempt_at, id);
create index mail_job_lease_ix on mail_job (status, claimed_until, id);
