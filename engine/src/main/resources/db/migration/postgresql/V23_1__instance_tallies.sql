-- The back office at a million instances (issue 15), sixth round: the statistics read counts kept by
-- the writes instead of counting the instances. Each table counts the sent instances that are not
-- deleted: by module, routing category ('' for none) and state, and by module, routing category
-- and day of sending (Europe/Rome). The transaction that changes an instance changes its counts
-- just before it commits (InstanceTallies).
--
-- A module's count is the sum of its rows: each key is spread over a few slots (the instance's id
-- picks one), so the sends of a click day, all counted under one state and one day, do not all
-- wait on one row.
--
-- Rolling upgrades: a node running a version before this one sends without counting, so every
-- node must run this version or a later one from this migration on.
create table instance_state_tally (
    form_code   varchar(100) not null,
    routing_key varchar(64)  not null,
    state       varchar(100) not null,
    slot        smallint     not null,
    n           bigint       not null,
    constraint instance_state_tally_pk primary key (form_code, routing_key, state, slot)
);

create table instance_day_tally (
    form_code   varchar(100) not null,
    routing_key varchar(64)  not null,
    sent_day    date         not null,
    slot        smallint     not null,
    n           bigint       not null,
    constraint instance_day_tally_pk primary key (form_code, routing_key, sent_day, slot)
);

-- The instances sent so far, counted once, under slot 0.
insert into instance_state_tally (form_code, routing_key, state, slot, n)
select form_code, coalesce(routing_category, ''), state, 0, count(*)
from instance
where sent_at is not null and deleted_at is null
group by form_code, coalesce(routing_category, ''), state;

insert into instance_day_tally (form_code, routing_key, sent_day, slot, n)
select form_code, coalesce(routing_category, ''), cast(sent_at at time zone 'Europe/Rome' as date), 0, count(*)
from instance
where sent_at is not null and deleted_at is null
group by form_code, coalesce(routing_category, ''), cast(sent_at at time zone 'Europe/Rome' as date);
