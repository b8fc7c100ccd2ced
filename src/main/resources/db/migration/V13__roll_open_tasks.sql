-- All open tasks (not started or in progress) per organization, kept in organization_roll next to
-- the per-due-date rows of organization_open_task: a dashboard counts the overdue ones as all of
-- them less those due from today on (a few rows), instead of summing every past due date.
alter table organization_roll add column open_tasks integer not null default 0;

create or replace function organization_open_task_add(branch_ids bigint[], due_dates date[], sign integer)
    returns void language plpgsql as $$
begin
    insert into organization_open_task as o
    select a.id, x.due_on, sign * count(*)
      from unnest(branch_ids, due_dates) as x(branch_id, due_on)
      join organization b on b.id = x.branch_id
      cross join lateral unnest(path_ids(b.path)) as a(id)
     group by a.id, x.due_on
    on conflict (organization_id, due_on) do update set open_tasks = o.open_tasks + excluded.open_tasks;
    insert into organization_roll as r (organization_id, open_tasks)
    select a.id, sign * count(*)
      from unnest(branch_ids) as x(branch_id)
      join organization b on b.id = x.branch_id
      cross join lateral unnest(path_ids(b.path)) as a(id)
     group by a.id
    on conflict (organization_id) do update set open_tasks = r.open_tasks + excluded.open_tasks;
    if sign < 0 then
        delete from organization_open_task o where o.open_tasks = 0
           and o.due_on = any (due_dates)
           and o.organization_id in (select unnest(path_ids(b.path)) from organization b where b.id = any (branch_ids));
    end if;
end $$;

-- Both open-task figures from nothing (after rebuild_organization_roll, which starts the roll afresh).
create function rebuild_organization_open_task() returns void language plpgsql as $$
begin
    delete from organization_open_task;
    update organization_roll set open_tasks = 0 where open_tasks <> 0;
    perform organization_open_task_add(array_agg(branch_id), array_agg(due_on), 1)
       from task where result in ('NOT_STARTED', 'IN_PROGRESS') having count(*) > 0;
end $$;

create or replace function organization_maybe_moved() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows o join new_rows n on n.id = o.id
                where n.parent_id is distinct from o.parent_id) then
        perform rebuild_organization_month_summary();
        perform rebuild_organization_roll();
        perform rebuild_organization_open_task();
        perform rebuild_organization_year_flag();
    end if;
    return null;
end $$;

select rebuild_organization_open_task();
