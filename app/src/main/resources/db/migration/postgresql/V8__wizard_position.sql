-- The wizard step at which each user last left a draft, so that it reopens there.
create table wizard_position (
    instance_id uuid not null references instance (id),
    username varchar(100) not null,
    step integer not null,
    updated_at timestamp with time zone not null,
    primary key (instance_id, username)
);
