-- Stands for the first migration of a build from before the baseline schema.
create table organization (id bigint primary key);
