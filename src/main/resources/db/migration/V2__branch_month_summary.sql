-- Per branch and month: what the dashboards count, kept current by the application whenever a
-- meeting or its ratings change (refresh_branch_month_summary below), so that a dashboard over
-- thousands of branches reads a few thousand small rows instead of every attendance and rating.
create table branch_month_summary (
    branch_id       bigint  not null references organization (id),
    period          date    not null check (extract(day from period) = 1),
    meeting_id      bigint references meeting (id) on delete set null,
    meeting_status  varchar(16) check (meeting_status in ('PLANNED', 'HELD', 'FINALIZED')),
    meeting_kind    varchar(16) check (meeting_kind in ('REGULAR', 'COMBINED')),
    held_on         date,
    thematic        boolean not null default false,
    roll_total      integer not null default 0,
    roll_full       integer not null default 0,
    roll_exempt     integer not null default 0,
    present         integer not null default 0,
    excused         integer not null default 0,
    unexcused       integer not null default 0,
    quality_score   integer,
    rated_excellent integer not null default 0,
    rated_good      integer not null default 0,
    rated_completed integer not null default 0,
    rated_not_completed integer not null default 0,
    primary key (branch_id, period)
);
create index branch_month_summary_period_idx on branch_month_summary (period, branch_id);

-- Recomputes the rows of the given branches (all when null) for the months from_period..to_period,
-- from the base tables, in one statement. Rows are written for months with a meeting or a rating.
create function refresh_branch_month_summary(branch_ids bigint[], from_period date, to_period date)
    returns integer language plpgsql as $$
declare
    written integer;
begin
    delete from branch_month_summary s
     where s.period between from_period and to_period
       and (branch_ids is null or s.branch_id = any (branch_ids));
    insert into branch_month_summary
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
           coalesce(l.excellent, 0), coalesce(l.good, 0), coalesce(l.completed, 0), coalesce(l.not_completed, 0)
      from months mo
      left join regular g using (branch_id, period)
      left join thematic t using (branch_id, period)
      left join roll ro using (branch_id, period)
      left join marks k using (branch_id, period)
      left join levels l using (branch_id, period);
    get diagnostics written = row_count;
    return written;
end $$;

-- Unexcused absences are few; this index lets "members flagged this year" read only them.
create index attendance_unexcused_idx on attendance (meeting_id, member_id) where status = 'UNEXCUSED';
