-- Files kept with instances: uploads into file fields (FIELD), attachments given with a workflow
-- action (ACTION) and the acts issued by the office (ISSUED_DOCUMENT). Bytes live here, under the
-- server-generated id; the file name is only data. Field files name the field's path in the
-- definition (rows of groups as *); action files the history row and the action they came with.
create table instance_file (
    id          uuid                     primary key,
    instance_id uuid                     not null references instance (id),
    kind        varchar(20)              not null,
    field_path  varchar(500),
    history_id  bigint                   references instance_history (id),
    action      varchar(100),
    file_name   varchar(255)             not null,
    media_type  varchar(100)             not null,
    size_bytes  bigint                   not null,
    sha256      char(64)                 not null,
    content     blob                    not null,
    uploaded_by varchar(255)             not null,
    uploaded_at timestamp with time zone not null,
    constraint instance_file_kind_ck check (kind in ('FIELD', 'ACTION', 'ISSUED_DOCUMENT')),
    constraint instance_file_link_ck check ((kind = 'FIELD' and field_path is not null)
        or (kind <> 'FIELD' and history_id is not null and action is not null))
);

create index instance_file_instance_ix on instance_file (instance_id, uploaded_at);
create index instance_file_purge_ix on instance_file (kind, uploaded_at);
