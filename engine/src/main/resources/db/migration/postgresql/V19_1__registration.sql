-- Registration: each sent instance delivered to the protocol target its module names, and the
-- protocol number the target (or an operator) sends back.

-- One row per event: written in the transaction of the action that delivers, claimed by a worker
-- of any node with FOR UPDATE SKIP LOCKED and a lease. id is the event id the receiver sees;
-- document is the signed body, built at the first attempt and sent unchanged at every retry.
-- failures counts the failed attempts since the delivery started or an operator retried it (the
-- backoff grows with it); retry_until is when retrying stops and the delivery is in error (FAILED).
create table registration_delivery (
    id              uuid                     primary key,
    instance_id     uuid                     not null references instance (id),
    form_code       varchar(100)             not null,
    target          varchar(100)             not null,
    action          varchar(100)             not null,
    await_protocol  boolean                  not null,
    status          varchar(20)              not null,
    attempts        integer                  not null,
    failures        integer                  not null,
    next_attempt_at timestamp with time zone not null,
    retry_until     timestamp with time zone,
    claimed_until   timestamp with time zone,
    last_error      varchar(1000),
    document        text,
    created_at      timestamp with time zone not null,
    delivered_at    timestamp with time zone
);

create index registration_delivery_due_ix on registration_delivery (status, next_attempt_at);
create index registration_delivery_instance_ix on registration_delivery (instance_id);
create index registration_delivery_form_status_ix on registration_delivery (form_code, status);

-- Every attempt, with the answer: the history operators read when a delivery is in error.
create table registration_attempt (
    delivery_id uuid                     not null references registration_delivery (id),
    attempt     integer                  not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone,
    http_status integer,
    error       varchar(1000),
    constraint registration_attempt_pk primary key (delivery_id, attempt)
);

alter table instance add column protocol_number varchar(100);
alter table instance add column protocol_date date;

create index instance_form_protocol_ix on instance (form_code, protocol_number);
