-- Documents kept with an instance: the receipt printed once at sending (kind RECEIPT), later the
-- attachments and issued documents. Content is stored with its SHA-256, so later downloads can be
-- checked to return the same bytes.
create table instance_document (
    id uuid primary key,
    instance_id uuid not null references instance (id),
    kind varchar(32) not null,
    media_type varchar(100) not null,
    file_name varchar(255) not null,
    content bytea not null,
    sha256 char(64) not null,
    created_at timestamp with time zone not null
);

create unique index instance_document_receipt on instance_document (instance_id, kind, file_name);
create index instance_document_instance on instance_document (instance_id);
