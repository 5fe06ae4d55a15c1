-- Published form definition versions and the instances started from them.

-- content is json, not jsonb: jsonb reorders object keys, and in a definition key order is the
-- order of steps and fields; json keeps the canonical text exactly, so its hash stays valid.
create table form_version (
    id           uuid                     primary key,
    code         varchar(100)             not null,
    version      varchar(50)              not null,
    sha256       char(64)                 not null,
    content      json                     not null,
    published_at timestamp with time zone not null,
    constraint form_version_code_version_uk unique (code, version)
);

create table instance (
    id              uuid                     primary key,
    version         bigint                   not null,
    form_version_id uuid                     not null references form_version (id),
    form_code       varchar(100)             not null,
    form_version    varchar(50)              not null,
    form_sha256     char(64)                 not null,
    owner           varchar(255)             not null,
    organisation    varchar(255),
    state           varchar(100)             not null,
    data            jsonb                    not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    deleted_at      timestamp with time zone
);

create index instance_owner_ix on instance (owner);
create index instance_form_code_state_ix on instance (form_code, state);
create index instance_form_version_ix on instance (form_version_id);
