-- The province dashboard missed its target (228 ms p95 against 150, bench/RESULTS.md): two of its
-- reads grew with the province. The members flagged for review were counted by unit from each
-- flagged member's row (1,591 at the province, 3.0 ms a view under load), and the pilot branches'
-- plans were summed from every pilot branch's solutions (286 branches, 6.6 ms). Both are now
-- roll-ups by organization, like the month figures: a few rows a unit, whatever is under it.
-- Measured (bench/province.sh 20 16): 228.2 ms p95 without them, 142.0 with (SQL under load 15.2
-- and 6.1 ms a view).

-- ---------------------------------------------------------------------------------------------
-- organization_flag_month: per organization (and everything under it), year, kind of flag and k,
-- the members whose k-th flagged month of the year is that month, counted under the branch
-- member_year_flag keeps for them. The members with at least n flagged months up to month m are
-- the sum of the rows k = n, month <= m: at most 12 rows a unit, and the threshold stays a setting.
create table organization_flag_month (
    organization_id bigint     not null references organization (id) on delete cascade,
    year            integer    not null,
    kind            varchar(8) not null check (kind in ('ABSENT', 'UNPAID')),
    k               smallint   not null check (k between 1 and 12),
    month           smallint   not null check (month between 1 and 12),
    members         integer    not null,
    primary key (organization_id, year, kind, k, month) include (members)
);

-- Takes the rows gone from member_year_flag off every organization above their branch, and adds
-- the rows come. One statement, the net change only, in key order: a save that leaves the flags
-- as they were locks no row, and two writers take the rows they share in the same order.
create function organization_flag_month_add(gone member_year_flag[], came member_year_flag[])
    returns void language sql as $$
    insert into organization_flag_month as o (organization_id, year, kind, k, month, members)
    select a.id, f.year, e.kind, e.k, e.month, sum(f.sign)
      from (select g.branch_id, g.year, g.absent_months, g.unpaid_months, -1 as sign from unnest(gone) g
            union all
            select c.branch_id, c.year, c.absent_months, c.unpaid_months, 1 from unnest(came) c) f
      join organization b on b.id = f.branch_id
      cross join lateral (select 'ABSENT' as kind, t.k::smallint as k, t.month
                            from unnest(f.absent_months) with ordinality as t(month, k)
                          union all
                          select 'UNPAID', t.k::smallint, t.month
                            from unnest(f.unpaid_months) with ordinality as t(month, k)) e
      cross join lateral unnest(path_ids(b.path)) as a(id)
     group by a.id, f.year, e.kind, e.k, e.month
    having sum(f.sign) <> 0
     order by a.id, f.year, e.kind, e.k, e.month
    on conflict (organization_id, year, kind, k, month) do update set members = o.members + excluded.members
$$;

create function rebuild_organization_flag_month() returns void language sql as $$
    delete from organization_flag_month;
    select organization_flag_month_add('{}', array(select u from member_year_flag u));
$$;

-- As in V17, and the roll-up told what changed. Custom plans: "ids is null" decides the plan.
create or replace function member_flag_recount(ids bigint[], from_month date, to_month date) returns void
    language plpgsql set plan_cache_mode = force_custom_plan as $$
declare
    gone member_year_flag[];
    came member_year_flag[];
begin
    with deleted as (
        delete from member_year_flag u
         where u.year between extract(year from from_month) and extract(year from to_month)
           and (ids is null or u.member_id = any (ids))
        returning u.*)
    select coalesce(array_agg(deleted::member_year_flag), '{}') into gone from deleted;

    with stints as (
        select s.member_id, s.branch_id, s.from_period, s.until_period from member_stint s
         where (ids is null or s.member_id = any (ids)) and not s.exempt
    ), book as (
        -- Each branch's first month with a fee recorded, looked up once a branch (not once a month).
        select b.branch_id, (select min(f.period) from fee_payment f where f.branch_id = b.branch_id) as first_period
          from (select distinct branch_id from stints) b
    ), unpaid as (
        select s.member_id, extract(year from m.period)::int as year,
               array_agg(distinct extract(month from m.period)::smallint
                         order by extract(month from m.period)::smallint) as months,
               count(distinct m.period)::int as month_count
          from stints s
          join book k on k.branch_id = s.branch_id
          join meeting m on m.branch_id = s.branch_id and m.period >= s.from_period
                        and (s.until_period is null or m.period < s.until_period)
         where m.status = 'FINALIZED' and m.kind in ('REGULAR', 'COMBINED')
           and m.period between date_trunc('year', from_month)::date
                            and (date_trunc('year', to_month) + interval '11 months')::date
           and m.period >= k.first_period
           and not exists (select 1 from fee_payment p where p.member_id = s.member_id and p.period = m.period)
         group by s.member_id, extract(year from m.period)
    ), absent as (
        select a.member_id, extract(year from m.period)::int as year,
               array_agg(distinct extract(month from m.period)::smallint
                         order by extract(month from m.period)::smallint) as months,
               count(distinct m.period)::int as month_count
          from attendance a join meeting m on m.id = a.meeting_id
         where a.status = 'UNEXCUSED' and (ids is null or a.member_id = any (ids))
           and m.period between date_trunc('year', from_month)::date
                            and (date_trunc('year', to_month) + interval '11 months')::date
         group by a.member_id, extract(year from m.period)
    ), inserted as (
        insert into member_year_flag (member_id, year, absent_months, absent_count, unpaid_months, unpaid_count,
                                      branch_id)
        select member_id, year, coalesce(a.months, '{}'), coalesce(a.month_count, 0), coalesce(u.months, '{}'),
               coalesce(u.month_count, 0), m.branch_id
          from absent a full join unpaid u using (member_id, year)
          join member m on m.id = coalesce(a.member_id, u.member_id)
        returning *)
    select coalesce(array_agg(inserted::member_year_flag), '{}') into came from inserted;

    perform organization_flag_month_add(gone, came);
end $$;

-- As in V17: a member moved to another branch is counted under it, and the roll-up follows.
create or replace function member_branch_changed() returns trigger language plpgsql as $$
declare
    gone member_year_flag[];
    came member_year_flag[];
begin
    select coalesce(array_agg(u), '{}') into gone from member_year_flag u where u.member_id = new.id;
    with moved as (update member_year_flag set branch_id = new.branch_id where member_id = new.id returning *)
    select coalesce(array_agg(moved::member_year_flag), '{}') into came from moved;
    perform organization_flag_month_add(gone, came);
    return null;
end $$;

-- ---------------------------------------------------------------------------------------------
-- organization_pilot_year: per organization (and everything under it) and year, its pilot
-- branches and their plans. A branch counts as enrolled in every year its enrollment spans (an
-- open one in every later year too), so the enrollments are kept as changes: entered (enrollments
-- begun that year) and ended (ended that year); enrolled in year y = entered up to y - ended
-- before y. The plan figures of a year count the branches enrolled in it: those with a plan, their
-- solutions, those the review found achieved, and the branches recognized as model branches.
create table organization_pilot_year (
    organization_id bigint  not null references organization (id) on delete cascade,
    year            integer not null,
    entered         integer not null default 0,
    ended           integer not null default 0,
    with_plan       integer not null default 0,
    solutions       integer not null default 0,
    achieved        integer not null default 0,
    recognized      integer not null default 0,
    primary key (organization_id, year)
);

-- Each branch's own figures by year, from the base tables (all branches when ids is null).
create function branch_pilot_years(ids bigint[])
    returns table (branch_id bigint, year integer, entered integer, ended integer, with_plan integer,
                   solutions integer, achieved integer, recognized integer)
    language sql stable as $$
    select x.branch_id, x.year, sum(x.entered)::int, sum(x.ended)::int, sum(x.with_plan)::int,
           sum(x.solutions)::int, sum(x.achieved)::int, sum(x.recognized)::int
      from (select p.branch_id, extract(year from p.enrolled_on)::int as year, 1 as entered, 0 as ended,
                   0 as with_plan, 0 as solutions, 0 as achieved, 0 as recognized
              from pilot_enrollment p where ids is null or p.branch_id = any (ids)
            union all
            select p.branch_id, extract(year from p.ended_on)::int, 0, 1, 0, 0, 0, 0
              from pilot_enrollment p where p.ended_on is not null and (ids is null or p.branch_id = any (ids))
            union all
            select s.branch_id, s.year, 0, 0, 1, count(*), count(*) filter (where s.status = 'ACHIEVED'), 0
              from pilot_solution s join pilot_enrollment p on p.branch_id = s.branch_id
             where (ids is null or s.branch_id = any (ids)) and s.year >= extract(year from p.enrolled_on)
               and (p.ended_on is null or s.year <= extract(year from p.ended_on))
             group by s.branch_id, s.year
            union all
            select r.branch_id, r.year, 0, 0, 0, 0, 0, 1
              from pilot_recognition r join pilot_enrollment p on p.branch_id = r.branch_id
             where r.recognized and (ids is null or r.branch_id = any (ids)) and r.year >= extract(year from p.enrolled_on)
               and (p.ended_on is null or r.year <= extract(year from p.ended_on))) x
     group by x.branch_id, x.year
$$;

-- The branches' figures counted again: what their own rows say they added is taken off every
-- organization above, what they add now is added; one statement, the net change, in key order.
create function refresh_organization_pilot_year(ids bigint[]) returns void language plpgsql as $$
begin
    -- The branch's lock (as refresh_branch_month_summary's): a second writer reads its rows after the first.
    perform pg_advisory_xact_lock(b) from unnest(ids) as b order by b;
    insert into organization_pilot_year as o
    select a.id, d.year, sum(d.entered), sum(d.ended), sum(d.with_plan), sum(d.solutions), sum(d.achieved),
           sum(d.recognized)
      from (select organization_id as branch_id, year, -entered as entered, -ended as ended, -with_plan as with_plan,
                   -solutions as solutions, -achieved as achieved, -recognized as recognized
              from organization_pilot_year where organization_id = any (ids)
            union all
            select * from branch_pilot_years(ids)) d
      join organization b on b.id = d.branch_id
      cross join lateral unnest(path_ids(b.path)) as a(id)
     group by a.id, d.year
    having (sum(d.entered), sum(d.ended), sum(d.with_plan), sum(d.solutions), sum(d.achieved), sum(d.recognized))
           <> (0, 0, 0, 0, 0, 0)
     order by a.id, d.year
    on conflict (organization_id, year) do update set entered = o.entered + excluded.entered,
        ended = o.ended + excluded.ended, with_plan = o.with_plan + excluded.with_plan,
        solutions = o.solutions + excluded.solutions, achieved = o.achieved + excluded.achieved,
        recognized = o.recognized + excluded.recognized;
end $$;

create function rebuild_organization_pilot_year() returns void language sql as $$
    delete from organization_pilot_year;
    insert into organization_pilot_year
    select a.id, d.year, sum(d.entered), sum(d.ended), sum(d.with_plan), sum(d.solutions), sum(d.achieved),
           sum(d.recognized)
      from branch_pilot_years(null) d
      join organization b on b.id = d.branch_id
      cross join lateral unnest(path_ids(b.path)) as a(id)
     group by a.id, d.year;
$$;

create function pilot_year_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform refresh_organization_pilot_year(array(select distinct branch_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform refresh_organization_pilot_year(array(select distinct branch_id from old_rows));
    else
        perform refresh_organization_pilot_year(array(select branch_id from new_rows union select branch_id from old_rows));
    end if;
    return null;
end $$;
create trigger pilot_year_enrollment_insert after insert on pilot_enrollment
    referencing new table as new_rows for each statement execute function pilot_year_changed();
create trigger pilot_year_enrollment_update after update on pilot_enrollment
    referencing old table as old_rows new table as new_rows for each statement execute function pilot_year_changed();
create trigger pilot_year_enrollment_delete after delete on pilot_enrollment
    referencing old table as old_rows for each statement execute function pilot_year_changed();
create trigger pilot_year_solution_insert after insert on pilot_solution
    referencing new table as new_rows for each statement execute function pilot_year_changed();
create trigger pilot_year_solution_update after update on pilot_solution
    referencing old table as old_rows new table as new_rows for each statement execute function pilot_year_changed();
create trigger pilot_year_solution_delete after delete on pilot_solution
    referencing old table as old_rows for each statement execute function pilot_year_changed();
create trigger pilot_year_recognition_insert after insert on pilot_recognition
    referencing new table as new_rows for each statement execute function pilot_year_changed();
create trigger pilot_year_recognition_update after update on pilot_recognition
    referencing old table as old_rows new table as new_rows for each statement execute function pilot_year_changed();
create trigger pilot_year_recognition_delete after delete on pilot_recognition
    referencing old table as old_rows for each statement execute function pilot_year_changed();

-- ---------------------------------------------------------------------------------------------
-- As in V16, with the two roll-ups above: a move changes which organizations a branch counts in.
create or replace function organization_maybe_moved() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows o join new_rows n on n.id = o.id
                where n.parent_id is distinct from o.parent_id) then
        perform rebuild_organization_month_summary();
        perform rebuild_organization_roll();
        perform rebuild_organization_open_task();
        perform rebuild_organization_flag_month();
        perform rebuild_organization_pilot_year();
    end if;
    return null;
end $$;

-- As in V16, with the two roll-ups above.
create or replace function rebuild_rollups() returns void language plpgsql as $$
begin
    perform refresh_branch_month_summary(null, '-infinity', 'infinity');
    perform rebuild_organization_month_summary();
    perform rebuild_organization_roll();
    perform rebuild_organization_open_task();
    perform rebuild_member_year_rating();
    perform rebuild_organization_flag_month();
    perform rebuild_organization_pilot_year();
end $$;

select rebuild_organization_flag_month();
select rebuild_organization_pilot_year();
