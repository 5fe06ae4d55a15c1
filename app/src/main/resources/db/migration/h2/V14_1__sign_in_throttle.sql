-- Sign-in throttling instead of account lockout (issue 14): failed passwords are counted per
-- account and client address, so an attacker slows down and then blocks only their own pair and
-- the account holder keeps signing in from elsewhere. In the database, so it holds on every node.
create table sign_in_throttle (
    username        varchar(255) not null,
    client_address  varchar(64)  not null,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    primary key (username, client_address)
);

create index sign_in_throttle_by_last_failure on sign_in_throttle (last_failure_at);

-- When the account holder was last told by e-mail that their account is being attacked.
create table sign_in_alert (
    username varchar(255) primary key,
    sent_at  timestamp with time zone not null
);

-- E-mails about an account (the sign-in alert) belong to no instance.
alter table mail_job alter column instance_id set null;
