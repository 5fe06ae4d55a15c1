-- PostgreSQL adds trigram indexes (pg_trgm) for the search of a part of a number. H2, for
-- development and tests, has none: there "upper(number) like '%...%'" reads the module's instances.
select 1;
