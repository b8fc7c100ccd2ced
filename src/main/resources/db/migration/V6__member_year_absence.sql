-- The unexcused-absence flags of a province read one row per member and year (the months with an
-- absence without reason), instead of one per member and month: the flag needs at least three
-- months, so only members with three or more in the year are candidates, whatever the month asked.
drop table member_month_absence;

create table member_year_absence (
    member_id    bigint   not null references member (id) on delete cascade,
    branch_id    bigint   not null references organization (id) on delete cascade,
    year         integer  not null,
    months       smallint[] not null,
    month_count  integer  not null,
    primary key (member_id, branch_id, year)
);
create index member_year_absence_count_idx on member_year_absence (year, month_count);

-- The monthly summary of V4, with the absences counted by year and one refresh of a branch at a time.
create or replace function refresh_branch_month_summary(branch_ids bigint[], from_period date, to_period date)
    returns integer language plpgsql as $$
declare
    written integer;
begin
    -- One refresh of a branch at a time: the absences are recounted for whole years, and a second
    -- transaction must see the first one's months before it recounts.
    perform pg_advisory_xact_lock(b) from unnest(branch_ids) as b order by b;
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

    delete from member_year_absence x
     where x.year between extract(year from from_period) and extract(year from to_period)
       and (branch_ids is null or x.branch_id = any (branch_ids));
    insert into member_year_absence (member_id, branch_id, year, months, month_count)
    select a.member_id, m.branch_id, extract(year from m.period)::int,
           array_agg(distinct extract(month from m.period)::smallint order by extract(month from m.period)::smallint),
           count(distinct m.period)
      from meeting m join attendance a on a.meeting_id = m.id
     where a.status = 'UNEXCUSED'
       and m.period between date_trunc('year', from_period)::date
                        and (date_trunc('year', to_period) + interval '11 months')::date
       and (branch_ids is null or m.branch_id = any (branch_ids))
     group by a.member_id, m.branch_id, extract(year from m.period);
    return written;
end $$;


insert into member_year_absence (member_id, branch_id, year, months, month_count)
select a.member_id, m.branch_id, extract(year from m.period)::int,
       array_agg(distinct extract(month from m.period)::smallint order by extract(month from m.period)::smallint),
       count(distinct m.period)
  from meeting m join attendance a on a.meeting_id = m.id
 where a.status = 'UNEXCUSED'
 group by a.member_id, m.branch_id, extract(year from m.period);
