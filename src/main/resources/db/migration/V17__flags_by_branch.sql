-- The dashboards count the flagged members by unit on every view. Since V16 that read each flagged
-- member of the year from member_year_flag and looked up their branch in member: at the province
-- (1,591 members flagged for unexcused absence) 8.2 ms a view, and the province dashboard missed
-- its target (325 ms p95 against 150). member_year_flag now keeps the member's current branch, kept
-- by a trigger when a member moves, and its indexes hold what the counts read: the same count is
-- an index-only scan of a few pages, 2.2 ms (the page: 228 ms p95, SQL 15 ms a view under load, was 42).
alter table member_year_flag add column branch_id bigint;
update member_year_flag u set branch_id = m.branch_id from member m where m.id = u.member_id;
alter table member_year_flag alter column branch_id set not null;

drop index member_year_flag_absent_idx;
drop index member_year_flag_unpaid_idx;
create index member_year_flag_absent_idx on member_year_flag (year, absent_count) include (branch_id, absent_months);
create index member_year_flag_unpaid_idx on member_year_flag (year, unpaid_count) include (branch_id, unpaid_months);

-- A member moved to another branch: their flags are counted under it from now on.
create function member_branch_changed() returns trigger language plpgsql as $$
begin
    update member_year_flag set branch_id = new.branch_id where member_id = new.id;
    return null;
end $$;
create trigger member_branch_change after update of branch_id on member
    for each row when (old.branch_id is distinct from new.branch_id)
    execute function member_branch_changed();

-- As in V11, with the member's current branch.
create or replace function member_flag_recount(ids bigint[], from_month date, to_month date) returns void
    language sql as $$
    delete from member_year_flag u
     where u.year between extract(year from from_month) and extract(year from to_month)
       and (ids is null or u.member_id = any (ids));
    insert into member_year_flag (member_id, year, absent_months, absent_count, unpaid_months, unpaid_count, branch_id)
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
    )
    select member_id, year, coalesce(a.months, '{}'), coalesce(a.month_count, 0), coalesce(u.months, '{}'),
           coalesce(u.month_count, 0), m.branch_id
      from absent a full join unpaid u using (member_id, year)
      join member m on m.id = coalesce(a.member_id, u.member_id);
$$;
