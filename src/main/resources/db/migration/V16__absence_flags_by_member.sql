-- The dashboards' unexcused-absence flags follow a member across transfers, as the meeting page's
-- already do: the list and the counts by unit read member_year_flag (one row a flagged member and
-- year, whatever the branch), so member_year_absence (by member and branch) and the
-- organization_year_flag counted from it, with their triggers and the threshold copied into
-- dashboard_rules, are gone, and every refresh of the roll-ups has one table less to rewrite.
create index member_year_flag_absent_idx on member_year_flag (year, absent_count);

drop trigger member_year_absence_insert on member_year_absence;
drop trigger member_year_absence_update on member_year_absence;
drop trigger member_year_absence_delete on member_year_absence;
drop function member_year_absence_changed();

-- As in V11, without member_year_absence: a member's unexcused months are member_year_flag's.
create or replace function refresh_branch_month_summary(branch_ids bigint[], from_period date, to_period date)
    returns integer language plpgsql as $$
declare
    written integer;
begin
    -- One refresh of a branch at a time: the flags are recounted for whole years, and a second
    -- transaction must see the first one's months before it recounts.
    perform pg_advisory_xact_lock(b) from unnest(branch_ids) as b order by b;
    perform organization_month_summary_add(branch_ids, from_period, to_period, -1);
    delete from branch_month_summary s
     where s.period between from_period and to_period
       and (branch_ids is null or s.branch_id = any (branch_ids));
    insert into branch_month_summary (branch_id, period, meeting_id, meeting_status, meeting_kind, held_on, thematic,
                                      roll_total, roll_full, roll_exempt, present, excused, unexcused, quality_score,
                                      rated_excellent, rated_good, rated_completed, rated_not_completed, pilot,
                                      fees_paid, leaders_excellent, leaders_good, leaders_completed,
                                      leaders_not_completed)
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
               count(*) filter (where r.full_membership_on < mo.period + interval '1 month') as full_members,
               count(*) filter (where r.exempt) as exempt,
               count(*) filter (where not r.exempt and exists (select 1 from fee_payment p
                                 where p.member_id = r.id and p.period = mo.period and p.paid_on is not null))
                   as fees_paid
          from months mo cross join lateral month_roll(mo.branch_id, mo.period) r
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
               count(*) filter (where r.final_level = 'NOT_COMPLETED') as not_completed,
               count(*) filter (where r.final_level = 'EXCELLENT' and m.leadership_post) as leaders_excellent,
               count(*) filter (where r.final_level = 'GOOD' and m.leadership_post) as leaders_good,
               count(*) filter (where r.final_level = 'COMPLETED' and m.leadership_post) as leaders_completed,
               count(*) filter (where r.final_level = 'NOT_COMPLETED' and m.leadership_post) as leaders_not_completed
          from monthly_rating r join months using (branch_id, period)
          join member m on m.id = r.member_id
         group by r.branch_id, r.period
    )
    select mo.branch_id, mo.period, g.id, g.status, g.kind, g.held_on, coalesce(t.held, false),
           coalesce(ro.total, 0), coalesce(ro.full_members, 0), coalesce(ro.exempt, 0),
           coalesce(k.present, 0), coalesce(k.excused, 0), coalesce(k.unexcused, 0), g.quality_score,
           coalesce(l.excellent, 0), coalesce(l.good, 0), coalesce(l.completed, 0), coalesce(l.not_completed, 0),
           exists (select 1 from pilot_enrollment p where p.branch_id = mo.branch_id and p.status <> 'WITHDRAWN'),
           coalesce(ro.fees_paid, 0), coalesce(l.leaders_excellent, 0), coalesce(l.leaders_good, 0),
           coalesce(l.leaders_completed, 0), coalesce(l.leaders_not_completed, 0)
      from months mo
      left join regular g using (branch_id, period)
      left join thematic t using (branch_id, period)
      left join roll ro using (branch_id, period)
      left join marks k using (branch_id, period)
      left join levels l using (branch_id, period);
    get diagnostics written = row_count;
    perform organization_month_summary_add(branch_ids, from_period, to_period, 1);

    perform member_flag_recount(case when branch_ids is not null then
                                   (select coalesce(array_agg(distinct s.member_id), '{}') from member_stint s
                                     where s.branch_id = any (branch_ids)) end,
                               from_period, to_period);
    return written;
end $$;

-- As in V2, without organization_year_flag.
create or replace function organization_maybe_moved() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows o join new_rows n on n.id = o.id
                where n.parent_id is distinct from o.parent_id) then
        perform rebuild_organization_month_summary();
        perform rebuild_organization_roll();
        perform rebuild_organization_open_task();
    end if;
    return null;
end $$;

create or replace function rebuild_rollups() returns void language plpgsql as $$
begin
    perform refresh_branch_month_summary(null, '-infinity', 'infinity');
    perform rebuild_organization_month_summary();
    perform rebuild_organization_roll();
    perform rebuild_organization_open_task();
    perform rebuild_member_year_rating();
end $$;

drop function rebuild_organization_year_flag();
drop function organization_year_flag_add(bigint[], integer[], smallint[], integer);
drop table organization_year_flag;
drop table member_year_absence;
alter table dashboard_rules drop column unexcused_months_flag;
