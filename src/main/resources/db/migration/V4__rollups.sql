-- Province scale: what a dashboard over thousands of branches counts is kept per organization,
-- for the organization and everything under it (every ancestor of a branch carries the branch's
-- share), so the province's page reads a few rows instead of scanning its 3,000 branches.
-- Every roll-up is kept by adding and subtracting changes (never by recounting a whole node), so
-- two transactions changing different branches of one commune both land exactly.

-- The ids on an organization's path, root first: '/1/7/42/' -> {1,7,42}.
create function path_ids(path text) returns bigint[] language sql immutable parallel safe as $$
    select string_to_array(trim(both '/' from path), '/')::bigint[]
$$;

-- The thresholds the roll-ups count with, copied from the application's configuration at start
-- (DashboardRules); when they differ, the application rebuilds organization_month_summary.
create table dashboard_rules (
    id            boolean primary key default true check (id),
    on_time_day   integer not null,
    good_from     integer not null,
    fair_from     integer not null,
    average_from  integer not null
);
insert into dashboard_rules values (true, 10, 90, 70, 50);

alter table branch_month_summary add column pilot boolean not null default false;

-- Per organization (a branch counts for itself and every ancestor), month and pilot flag: the
-- sums of branch_month_summary under it.
create table organization_month_summary (
    organization_id  bigint  not null references organization (id) on delete cascade,
    period           date    not null,
    pilot            boolean not null,
    held             integer not null default 0, -- regular meeting HELD or FINALIZED
    finalized        integer not null default 0,
    late             integer not null default 0, -- held after the on-time day (finalized or not)
    late_open        integer not null default 0, -- held late and not finalized yet
    present          integer not null default 0,
    expected         integer not null default 0,
    quality_good     integer not null default 0,
    quality_fair     integer not null default 0,
    quality_average  integer not null default 0,
    quality_poor     integer not null default 0,
    rated_excellent  integer not null default 0,
    rated_good       integer not null default 0,
    rated_completed  integer not null default 0,
    rated_not_completed integer not null default 0,
    primary key (organization_id, period, pilot)
);

-- Adds (sign 1) or takes away (sign -1) the branch_month_summary rows of the given branches
-- (all when null) and months to or from every organization above them.
create function organization_month_summary_add(branch_ids bigint[], from_period date, to_period date, sign integer)
    returns void language sql as $$
    insert into organization_month_summary as o
    select a.id, s.period, s.pilot,
           sign * count(*) filter (where s.meeting_status in ('HELD', 'FINALIZED')),
           sign * count(*) filter (where s.meeting_status = 'FINALIZED'),
           sign * count(*) filter (where s.meeting_status in ('HELD', 'FINALIZED')
                                     and extract(day from s.held_on) > r.on_time_day),
           sign * count(*) filter (where s.meeting_status = 'HELD' and extract(day from s.held_on) > r.on_time_day),
           sign * coalesce(sum(s.present) filter (where s.meeting_status in ('HELD', 'FINALIZED')), 0),
           sign * coalesce(sum(s.roll_total - s.roll_exempt) filter (where s.meeting_status in ('HELD', 'FINALIZED')), 0),
           sign * count(*) filter (where s.quality_score >= r.good_from),
           sign * count(*) filter (where s.quality_score >= r.fair_from and s.quality_score < r.good_from),
           sign * count(*) filter (where s.quality_score >= r.average_from and s.quality_score < r.fair_from),
           sign * count(*) filter (where s.quality_score < r.average_from),
           sign * sum(s.rated_excellent), sign * sum(s.rated_good), sign * sum(s.rated_completed),
           sign * sum(s.rated_not_completed)
      from branch_month_summary s
      join organization b on b.id = s.branch_id
      cross join dashboard_rules r
      cross join lateral unnest(path_ids(b.path)) as a(id)
     where s.period between from_period and to_period and (branch_ids is null or s.branch_id = any (branch_ids))
     group by a.id, s.period, s.pilot
    on conflict (organization_id, period, pilot) do update set
        held = o.held + excluded.held, finalized = o.finalized + excluded.finalized, late = o.late + excluded.late,
        late_open = o.late_open + excluded.late_open, present = o.present + excluded.present,
        expected = o.expected + excluded.expected, quality_good = o.quality_good + excluded.quality_good,
        quality_fair = o.quality_fair + excluded.quality_fair,
        quality_average = o.quality_average + excluded.quality_average,
        quality_poor = o.quality_poor + excluded.quality_poor,
        rated_excellent = o.rated_excellent + excluded.rated_excellent,
        rated_good = o.rated_good + excluded.rated_good, rated_completed = o.rated_completed + excluded.rated_completed,
        rated_not_completed = o.rated_not_completed + excluded.rated_not_completed
$$;

-- Per member and month: the member was absent without a reason from a meeting of the branch.
create table member_month_absence (
    member_id  bigint not null references member (id) on delete cascade,
    branch_id  bigint not null references organization (id) on delete cascade,
    period     date   not null,
    primary key (period, member_id, branch_id)
);

-- The monthly summary as in V2, now also with the pilot flag, the absences and the roll-up.
create or replace function refresh_branch_month_summary(branch_ids bigint[], from_period date, to_period date)
    returns integer language plpgsql as $$
declare
    written integer;
begin
    perform organization_month_summary_add(branch_ids, from_period, to_period, -1);
    delete from branch_month_summary s
     where s.period between from_period and to_period
       and (branch_ids is null or s.branch_id = any (branch_ids));
    insert into branch_month_summary (branch_id, period, meeting_id, meeting_status, meeting_kind, held_on, thematic,
                                      roll_total, roll_full, roll_exempt, present, excused, unexcused, quality_score,
                                      rated_excellent, rated_good, rated_completed, rated_not_completed, pilot)
    with months as (
        select distinct m.branch_id, m.period from meeting m
         where m.period between from_period and to_period and (branch_ids is null or m.branch_id = any (branch_ids))
        union
        select distinct r.branch_id, r.period from monthly_rating r
         where r.period between from_period and to_period and (branch_ids is null or r.branch_id = any (branch_ids))
    ), regular as (
        select distinct on (m.branch_id, m.period) m.branch_id, m.period, m.id, m.status, m.kind, m.held_on,
               m.quality_score
          from meeting m join months using (branch_id, period)
         where m.kind in ('REGULAR', 'COMBINED')
         order by m.branch_id, m.period, m.id
    ), thematic as (
        select m.branch_id, m.period, true as held
          from meeting m join months using (branch_id, period)
         where m.kind in ('THEMATIC', 'COMBINED')
         group by m.branch_id, m.period
    ), roll as (
        select mo.branch_id, mo.period, count(*) as total,
               count(*) filter (where mb.full_membership_on < mo.period + interval '1 month') as full_members,
               count(*) filter (where mb.exempt and (mb.exempt_from is null or mb.exempt_from < mo.period + interval '1 month')
                                  and (mb.exempt_until is null or mb.exempt_until >= mo.period)) as exempt
          from months mo join member mb on mb.branch_id = mo.branch_id
         where mb.admitted_on < mo.period + interval '1 month' and (mb.left_on is null or mb.left_on >= mo.period)
         group by mo.branch_id, mo.period
    ), marks as (
        select r.branch_id, r.period,
               count(*) filter (where a.status = 'PRESENT') as present,
               count(*) filter (where a.status in ('EXCUSED', 'ON_DUTY')) as excused,
               count(*) filter (where a.status = 'UNEXCUSED') as unexcused
          from regular r join attendance a on a.meeting_id = r.id
         group by r.branch_id, r.period
    ), levels as (
        select r.branch_id, r.period,
               count(*) filter (where r.final_level = 'EXCELLENT') as excellent,
               count(*) filter (where r.final_level = 'GOOD') as good,
               count(*) filter (where r.final_level = 'COMPLETED') as completed,
               count(*) filter (where r.final_level = 'NOT_COMPLETED') as not_completed
          from monthly_rating r join months using (branch_id, period)
         group by r.branch_id, r.period
    )
    select mo.branch_id, mo.period, g.id, g.status, g.kind, g.held_on, coalesce(t.held, false),
           coalesce(ro.total, 0), coalesce(ro.full_members, 0), coalesce(ro.exempt, 0),
           coalesce(k.present, 0), coalesce(k.excused, 0), coalesce(k.unexcused, 0), g.quality_score,
           coalesce(l.excellent, 0), coalesce(l.good, 0), coalesce(l.completed, 0), coalesce(l.not_completed, 0),
           exists (select 1 from pilot_enrollment p where p.branch_id = mo.branch_id and p.status <> 'WITHDRAWN')
      from months mo
      left join regular g using (branch_id, period)
      left join thematic t using (branch_id, period)
      left join roll ro using (branch_id, period)
      left join marks k using (branch_id, period)
      left join levels l using (branch_id, period);
    get diagnostics written = row_count;
    perform organization_month_summary_add(branch_ids, from_period, to_period, 1);

    delete from member_month_absence x
     where x.period between from_period and to_period
       and (branch_ids is null or x.branch_id = any (branch_ids));
    insert into member_month_absence (member_id, branch_id, period)
    select distinct a.member_id, m.branch_id, m.period
      from meeting m join attendance a on a.meeting_id = m.id
     where a.status = 'UNEXCUSED' and m.period between from_period and to_period
       and (branch_ids is null or m.branch_id = any (branch_ids));
    return written;
end $$;

-- Recounts organization_month_summary from branch_month_summary: after the dashboard rules
-- change or branches move between committees (both rare, done by an administrator).
create function rebuild_organization_month_summary() returns void language plpgsql as $$
begin
    delete from organization_month_summary;
    perform organization_month_summary_add(null, '-infinity', 'infinity', 1);
end $$;

-- A branch entering or leaving the pilot moves its months between the pilot and other figures.
create function pilot_enrollment_changed() returns trigger language plpgsql as $$
begin
    perform refresh_branch_month_summary(array_agg(distinct x.branch_id), '-infinity', 'infinity')
       from (select branch_id from new_rows union all select branch_id from old_rows) x
     having count(*) > 0;
    return null;
end $$;
create function pilot_enrollment_added() returns trigger language plpgsql as $$
begin
    perform refresh_branch_month_summary(array_agg(distinct branch_id), '-infinity', 'infinity')
       from new_rows having count(*) > 0;
    return null;
end $$;
create function pilot_enrollment_removed() returns trigger language plpgsql as $$
begin
    perform refresh_branch_month_summary(array_agg(distinct branch_id), '-infinity', 'infinity')
       from old_rows having count(*) > 0;
    return null;
end $$;
create trigger pilot_enrollment_insert after insert on pilot_enrollment
    referencing new table as new_rows for each statement execute function pilot_enrollment_added();
create trigger pilot_enrollment_update after update on pilot_enrollment
    referencing old table as old_rows new table as new_rows for each statement execute function pilot_enrollment_changed();
create trigger pilot_enrollment_delete after delete on pilot_enrollment
    referencing old table as old_rows for each statement execute function pilot_enrollment_removed();

-- Members on the roll today (not left), per organization and everything under it.
create table organization_roll (
    organization_id bigint  not null primary key references organization (id) on delete cascade,
    members         integer not null default 0,
    full_members    integer not null default 0,
    probationary    integer not null default 0,
    exempt          integer not null default 0
);

create function organization_roll_add(branch_ids bigint[], statuses text[], exempts boolean[], sign integer)
    returns void language sql as $$
    insert into organization_roll as o
    select a.id, sign * count(*), sign * count(*) filter (where x.status = 'FULL'),
           sign * count(*) filter (where x.status = 'PROBATIONARY'), sign * count(*) filter (where x.exempt)
      from unnest(branch_ids, statuses, exempts) as x(branch_id, status, exempt)
      join organization b on b.id = x.branch_id
      cross join lateral unnest(path_ids(b.path)) as a(id)
     group by a.id
    on conflict (organization_id) do update set members = o.members + excluded.members,
        full_members = o.full_members + excluded.full_members, probationary = o.probationary + excluded.probationary,
        exempt = o.exempt + excluded.exempt
$$;

-- One function for the three member triggers: the rows that left count -1, the rows that came +1.
create function member_roll_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform organization_roll_add(array_agg(branch_id), array_agg(status::text), array_agg(exempt), -1)
           from old_rows where left_on is null having count(*) > 0;
    end if;
    if tg_op <> 'DELETE' then
        perform organization_roll_add(array_agg(branch_id), array_agg(status::text), array_agg(exempt), 1)
           from new_rows where left_on is null having count(*) > 0;
    end if;
    return null;
end $$;
create trigger member_roll_insert after insert on member
    referencing new table as new_rows for each statement execute function member_roll_changed();
create trigger member_roll_update after update on member
    referencing old table as old_rows new table as new_rows for each statement execute function member_roll_changed();
create trigger member_roll_delete after delete on member
    referencing old table as old_rows for each statement execute function member_roll_changed();

-- Open tasks (not started or in progress) per organization and everything under it, by due date.
create table organization_open_task (
    organization_id bigint  not null references organization (id) on delete cascade,
    due_on          date    not null,
    open_tasks      integer not null,
    primary key (organization_id, due_on)
);

create function organization_open_task_add(branch_ids bigint[], due_dates date[], sign integer)
    returns void language plpgsql as $$
begin
    insert into organization_open_task as o
    select a.id, x.due_on, sign * count(*)
      from unnest(branch_ids, due_dates) as x(branch_id, due_on)
      join organization b on b.id = x.branch_id
      cross join lateral unnest(path_ids(b.path)) as a(id)
     group by a.id, x.due_on
    on conflict (organization_id, due_on) do update set open_tasks = o.open_tasks + excluded.open_tasks;
    if sign < 0 then
        delete from organization_open_task o where o.open_tasks = 0
           and o.due_on = any (due_dates)
           and o.organization_id in (select unnest(path_ids(b.path)) from organization b where b.id = any (branch_ids));
    end if;
end $$;

create function task_open_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform organization_open_task_add(array_agg(branch_id), array_agg(due_on), -1)
           from old_rows where result in ('NOT_STARTED', 'IN_PROGRESS') having count(*) > 0;
    end if;
    if tg_op <> 'DELETE' then
        perform organization_open_task_add(array_agg(branch_id), array_agg(due_on), 1)
           from new_rows where result in ('NOT_STARTED', 'IN_PROGRESS') having count(*) > 0;
    end if;
    return null;
end $$;
create trigger task_open_insert after insert on task
    referencing new table as new_rows for each statement execute function task_open_changed();
create trigger task_open_update after update on task
    referencing old table as old_rows new table as new_rows for each statement execute function task_open_changed();
create trigger task_open_delete after delete on task
    referencing old table as old_rows for each statement execute function task_open_changed();

-- A move between committees changes whose figures a branch belongs to: recount the roll-ups.
create function organization_moved() returns trigger language plpgsql as $$
begin
    perform rebuild_organization_month_summary();
    delete from organization_roll;
    perform organization_roll_add(array_agg(branch_id), array_agg(status::text), array_agg(exempt), 1)
       from member where left_on is null having count(*) > 0;
    delete from organization_open_task;
    perform organization_open_task_add(array_agg(branch_id), array_agg(due_on), 1)
       from task where result in ('NOT_STARTED', 'IN_PROGRESS') having count(*) > 0;
    return null;
end $$;
create trigger organization_rollups_move after update of parent_id on organization
    for each statement execute function organization_moved();

-- Existing data (a database migrated from V3): fill everything once.
update branch_month_summary s set pilot = true
 where exists (select 1 from pilot_enrollment p where p.branch_id = s.branch_id and p.status <> 'WITHDRAWN');
select rebuild_organization_month_summary();
insert into member_month_absence (member_id, branch_id, period)
select distinct a.member_id, m.branch_id, m.period
  from meeting m join attendance a on a.meeting_id = m.id where a.status = 'UNEXCUSED';
select organization_roll_add(array_agg(branch_id), array_agg(status::text), array_agg(exempt), 1)
  from member where left_on is null having count(*) > 0;
select organization_open_task_add(array_agg(branch_id), array_agg(due_on), 1)
  from task where result in ('NOT_STARTED', 'IN_PROGRESS') having count(*) > 0;
