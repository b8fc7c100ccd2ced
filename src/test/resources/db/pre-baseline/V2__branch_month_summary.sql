-- Stands for that build's second migration.
create table branch_month_summary (branch_id bigint);
