-- Members flagged for absences without a reason (in at least the configured number of months of a
-- year), counted per organization (a branch counts for itself and every ancestor), year and the
-- month the member reached the flag: a province's dashboard sums a few rows a unit instead of
-- reading every flagged member under it. Kept by a trigger on member_year_absence, whose rows
-- list the months in order, so the month reached is months[flag].
alter table dashboard_rules add column unexcused_months_flag integer not null default 3;

create table organization_year_flag (
    organization_id bigint   not null references organization (id) on delete cascade,
    year            integer  not null,
    reached_month   smallint not null,
    members         integer  not null,
    primary key (organization_id, year, reached_month)
);

create function organization_year_flag_add(branch_ids bigint[], years integer[], reached smallint[], sign integer)
    returns void language sql as $$
    insert into organization_year_flag as f (organization_id, year, reached_month, members)
    select a.id, x.year, x.reached, sign * count(*)
      from unnest(branch_ids, years, reached) as x(branch_id, year, reached)
      join organization b on b.id = x.branch_id
     cross join lateral unnest(path_ids(b.path)) as a(id)
     where x.reached is not null
     group by a.id, x.year, x.reached
    on conflict (organization_id, year, reached_month) do update set members = f.members + excluded.members;
$$;

create function member_year_absence_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform organization_year_flag_add(array_agg(o.branch_id), array_agg(o.year),
                                           array_agg(o.months[r.unexcused_months_flag]), -1)
           from old_rows o cross join dashboard_rules r having count(*) > 0;
    end if;
    if tg_op <> 'DELETE' then
        perform organization_year_flag_add(array_agg(n.branch_id), array_agg(n.year),
                                           array_agg(n.months[r.unexcused_months_flag]), 1)
           from new_rows n cross join dashboard_rules r having count(*) > 0;
    end if;
    return null;
end $$;
create trigger member_year_absence_insert after insert on member_year_absence
    referencing new table as new_rows for each statement execute function member_year_absence_changed();
create trigger member_year_absence_update after update on member_year_absence
    referencing old table as old_rows new table as new_rows
    for each statement execute function member_year_absence_changed();
create trigger member_year_absence_delete after delete on member_year_absence
    referencing old table as old_rows for each statement execute function member_year_absence_changed();

-- From nothing: when the flag's number of months changed, and when a node moved.
create function rebuild_organization_year_flag() returns void language plpgsql as $$
begin
    delete from organization_year_flag;
    perform organization_year_flag_add(array_agg(u.branch_id), array_agg(u.year),
                                       array_agg(u.months[r.unexcused_months_flag]), 1)
       from member_year_absence u cross join dashboard_rules r having count(*) > 0;
end $$;
select rebuild_organization_year_flag();

create or replace function organization_maybe_moved() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows o join new_rows n on n.id = o.id
                where n.parent_id is distinct from o.parent_id) then
        perform rebuild_organization_month_summary();
        perform rebuild_organization_roll();
        delete from organization_open_task;
        perform organization_open_task_add(array_agg(branch_id), array_agg(due_on), 1)
           from task where result in ('NOT_STARTED', 'IN_PROGRESS') having count(*) > 0;
        perform rebuild_organization_year_flag();
    end if;
    return null;
end $$;
