-- Stands for that build's last migration.
select 1;
