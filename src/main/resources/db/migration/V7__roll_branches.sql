-- The number of branches and of pilot branches under each organization, kept with its members in
-- organization_roll, so no page counts a province's 3,000 branches to print two numbers.
alter table organization_roll add column branches integer not null default 0,
                              add column pilot_branches integer not null default 0;

-- Adds branch_sign to the branch count and pilot_sign to the pilot count of every organization
-- above (and including) each of the given branches.
create function organization_roll_branches_add(branch_ids bigint[], branch_sign integer, pilot_sign integer)
    returns void language sql as $$
    insert into organization_roll as o (organization_id, branches, pilot_branches)
    select a.id, branch_sign * count(*), pilot_sign * count(*)
      from organization b cross join lateral unnest(path_ids(b.path)) as a(id)
     where b.id = any (branch_ids)
     group by a.id
    on conflict (organization_id) do update set branches = o.branches + excluded.branches,
        pilot_branches = o.pilot_branches + excluded.pilot_branches
$$;

create function organization_branches_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform organization_roll_branches_add(array_agg(id), 1, 0) from new_rows where kind = 'BRANCH'
         having count(*) > 0;
    else
        perform organization_roll_branches_add(array_agg(id), -1, 0) from old_rows where kind = 'BRANCH'
         having count(*) > 0;
    end if;
    return null;
end $$;
create trigger organization_branches_insert after insert on organization
    referencing new table as new_rows for each statement execute function organization_branches_changed();
-- Before the row goes, while its path still says whose figures it was part of.
create function organization_branch_removed() returns trigger language plpgsql as $$
begin
    if old.kind = 'BRANCH' then
        perform organization_roll_branches_add(array[old.id], -1, 0);
    end if;
    return old;
end $$;
create trigger organization_branches_delete before delete on organization
    for each row execute function organization_branch_removed();

-- Pilot enrollment: the V4 triggers refresh the branch's months; they now also count pilot branches.
create or replace function pilot_enrollment_changed() returns trigger language plpgsql as $$
begin
    perform organization_roll_branches_add(array_agg(branch_id), 0, -1) from old_rows where status <> 'WITHDRAWN'
     having count(*) > 0;
    perform organization_roll_branches_add(array_agg(branch_id), 0, 1) from new_rows where status <> 'WITHDRAWN'
     having count(*) > 0;
    perform refresh_branch_month_summary(array_agg(distinct x.branch_id), '-infinity', 'infinity')
       from (select branch_id from new_rows union all select branch_id from old_rows) x
     having count(*) > 0;
    return null;
end $$;
create or replace function pilot_enrollment_added() returns trigger language plpgsql as $$
begin
    perform organization_roll_branches_add(array_agg(branch_id), 0, 1) from new_rows where status <> 'WITHDRAWN'
     having count(*) > 0;
    perform refresh_branch_month_summary(array_agg(distinct branch_id), '-infinity', 'infinity')
       from new_rows having count(*) > 0;
    return null;
end $$;
create or replace function pilot_enrollment_removed() returns trigger language plpgsql as $$
begin
    perform organization_roll_branches_add(array_agg(branch_id), 0, -1) from old_rows where status <> 'WITHDRAWN'
     having count(*) > 0;
    perform refresh_branch_month_summary(array_agg(distinct branch_id), '-infinity', 'infinity')
       from old_rows having count(*) > 0;
    return null;
end $$;

-- Recounts organization_roll from the tree, the pilot and the members.
create function rebuild_organization_roll() returns void language plpgsql as $$
begin
    delete from organization_roll;
    perform organization_roll_add(array_agg(branch_id), array_agg(status::text), array_agg(exempt), 1)
       from member where left_on is null having count(*) > 0;
    perform organization_roll_branches_add(array_agg(id), 1, 0) from organization where kind = 'BRANCH'
     having count(*) > 0;
    perform organization_roll_branches_add(array_agg(branch_id), 0, 1) from pilot_enrollment
     where status <> 'WITHDRAWN' having count(*) > 0;
end $$;

create or replace function organization_moved() returns trigger language plpgsql as $$
begin
    perform rebuild_organization_month_summary();
    perform rebuild_organization_roll();
    delete from organization_open_task;
    perform organization_open_task_add(array_agg(branch_id), array_agg(due_on), 1)
       from task where result in ('NOT_STARTED', 'IN_PROGRESS') having count(*) > 0;
    return null;
end $$;

select rebuild_organization_roll();
