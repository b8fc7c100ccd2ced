-- Recount the roll-ups only when a statement really moved a node: an UPDATE that lists parent_id
-- without changing it (as an ORM writing every column does) leaves them alone.
drop trigger organization_rollups_move on organization;

create function organization_maybe_moved() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows o join new_rows n on n.id = o.id
                where n.parent_id is distinct from o.parent_id) then
        perform rebuild_organization_month_summary();
        perform rebuild_organization_roll();
        delete from organization_open_task;
        perform organization_open_task_add(array_agg(branch_id), array_agg(due_on), 1)
           from task where result in ('NOT_STARTED', 'IN_PROGRESS') having count(*) > 0;
    end if;
    return null;
end $$;
create trigger organization_rollups_move after update on organization
    referencing old table as old_rows new table as new_rows
    for each statement execute function organization_maybe_moved();
drop function organization_moved();
