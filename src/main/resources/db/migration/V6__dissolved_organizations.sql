-- A dissolved organization (giải thể) keeps its history, opens no new month and leaves the
-- dashboards' counts of branches from the month after; it is refused while it has members or
-- organizations under it that are not dissolved.
alter table organization add column dissolved_on date;

-- organization_roll counts the branches of today: a dissolved one no longer.
create or replace function rebuild_organization_roll() returns void language plpgsql as $$
begin
    delete from organization_roll;
    perform organization_roll_add(array_agg(branch_id), array_agg(status::text), array_agg(exempt), 1)
       from member where left_on is null having count(*) > 0;
    perform organization_roll_branches_add(array_agg(id), 1, 0) from organization
     where kind = 'BRANCH' and dissolved_on is null having count(*) > 0;
    perform organization_roll_branches_add(array_agg(p.branch_id), 0, 1)
       from pilot_enrollment p join organization b on b.id = p.branch_id
      where p.status <> 'WITHDRAWN' and b.dissolved_on is null having count(*) > 0;
end $$;

-- A dissolution is rare: organization_roll is recounted whole, like after a move (its open tasks too).
create function organization_maybe_dissolved() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows o join new_rows n on n.id = o.id
                where n.dissolved_on is distinct from o.dissolved_on) then
        perform rebuild_organization_roll();
        perform rebuild_organization_open_task();
    end if;
    return null;
end $$;
create trigger organization_rollups_dissolve after update on organization
    referencing old table as old_rows new table as new_rows
    for each statement execute function organization_maybe_dissolved();
