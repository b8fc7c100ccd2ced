-- The audit trail, read back: each line also says which organization, member and meeting the
-- change concerns, so a meeting page, a member page and /audit (a subtree) find their lines by
-- index. And it is append-only: nothing, the application's own user included, updates or deletes it.

alter table audit_log
    add column organization_id bigint,
    add column member_id       bigint,
    add column meeting_id      bigint;

-- What earlier lines concern, from the entity they name (attendance lines name the member in
-- their details: "member 12: PRESENT -> ABSENT").
update audit_log l set meeting_id = l.entity_id,
                       organization_id = m.branch_id,
                       member_id = case when l.entity_type = 'attendance'
                                        then (regexp_match(l.details, '^member (\d+)'))[1]::bigint end
  from meeting m
 where l.entity_type in ('meeting', 'resolution', 'attendance') and m.id = l.entity_id;

update audit_log l set member_id = r.member_id, organization_id = r.branch_id,
                       meeting_id = case when l.action in ('PROPOSE', 'FINAL') then
                           (select m.id from meeting m
                             where m.branch_id = r.branch_id and m.period = r.period
                               and m.kind in ('REGULAR', 'COMBINED')
                             order by m.id limit 1) end
  from monthly_rating r
 where l.entity_type = 'monthly_rating' and r.id = l.entity_id;

update audit_log l set member_id = t.assignee_id, organization_id = t.branch_id,
                       meeting_id = case l.action when 'ASSIGN' then t.assigned_meeting_id
                                                  when 'REVIEW' then t.reviewed_meeting_id end
  from task t
 where l.entity_type = 'task' and t.id = l.entity_id;

update audit_log l set member_id = x.id, organization_id = x.branch_id
  from member x
 where l.entity_type = 'member' and x.id = l.entity_id;

update audit_log l set member_id = c.member_id, organization_id = x.branch_id
  from annual_classification c join member x on x.id = c.member_id
 where l.entity_type = 'annual_classification' and c.id = l.entity_id;

update audit_log set organization_id = entity_id where entity_type = 'organization';

update audit_log l set member_id = a.member_id,
                       organization_id = coalesce(
                           (regexp_match(l.details, 'organization (\d+)$'))[1]::bigint,
                           (select x.branch_id from member x where x.id = a.member_id))
  from account a
 where l.entity_type = 'account' and a.id = l.entity_id;

create index audit_log_organization_idx on audit_log (organization_id, at);
create index audit_log_member_idx on audit_log (member_id, at) where member_id is not null;
create index audit_log_meeting_idx on audit_log (meeting_id, at) where meeting_id is not null;
create index audit_log_at_idx on audit_log (at);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
