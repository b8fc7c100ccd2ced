-- The year-end quotas count, for every member of a subtree, the months of the year at each level.
-- Read from monthly_rating that is a dozen rows a member (1,200,000 for a province); this table
-- keeps the four counts a member and year, changed with the ratings themselves by a trigger, so
-- they are exact after every insert, update or delete of a monthly rating.
create table member_year_rating (
    member_id     bigint  not null references member (id) on delete cascade,
    year          integer not null,
    excellent     integer not null default 0,
    good          integer not null default 0,
    completed     integer not null default 0,
    not_completed integer not null default 0,
    primary key (member_id, year)
);

-- Adds (sign 1) or takes away (sign -1) the final levels of the given ratings, one array slot a rating.
create function member_year_rating_add(member_ids bigint[], periods date[], levels text[], sign integer)
    returns void language sql as $$
    insert into member_year_rating as t (member_id, year, excellent, good, completed, not_completed)
    select r.member_id, extract(year from r.period)::int,
           sign * count(*) filter (where r.level = 'EXCELLENT'), sign * count(*) filter (where r.level = 'GOOD'),
           sign * count(*) filter (where r.level = 'COMPLETED'), sign * count(*) filter (where r.level = 'NOT_COMPLETED')
      from unnest(member_ids, periods, levels) as r(member_id, period, level)
     group by 1, 2
    on conflict (member_id, year) do update set excellent = t.excellent + excluded.excellent,
        good = t.good + excluded.good, completed = t.completed + excluded.completed,
        not_completed = t.not_completed + excluded.not_completed
$$;

-- An update counts only the ratings whose member, month or final level changed.
create function monthly_rating_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform member_year_rating_add(array_agg(member_id), array_agg(period), array_agg(final_level::text), 1)
           from new_rows where final_level is not null having count(*) > 0;
    elsif tg_op = 'DELETE' then
        perform member_year_rating_add(array_agg(member_id), array_agg(period), array_agg(final_level::text), -1)
           from old_rows where final_level is not null having count(*) > 0;
    else
        perform member_year_rating_add(array_agg(o.member_id), array_agg(o.period), array_agg(o.final_level::text), -1)
           from old_rows o join new_rows n on n.id = o.id
          where o.final_level is not null
            and (n.member_id, n.period, n.final_level) is distinct from (o.member_id, o.period, o.final_level)
         having count(*) > 0;
        perform member_year_rating_add(array_agg(n.member_id), array_agg(n.period), array_agg(n.final_level::text), 1)
           from old_rows o join new_rows n on n.id = o.id
          where n.final_level is not null
            and (n.member_id, n.period, n.final_level) is distinct from (o.member_id, o.period, o.final_level)
         having count(*) > 0;
    end if;
    return null;
end $$;
create trigger monthly_rating_insert after insert on monthly_rating
    referencing new table as new_rows for each statement execute function monthly_rating_changed();
create trigger monthly_rating_update after update on monthly_rating
    referencing old table as old_rows new table as new_rows for each statement execute function monthly_rating_changed();
create trigger monthly_rating_delete after delete on monthly_rating
    referencing old table as old_rows for each statement execute function monthly_rating_changed();

insert into member_year_rating (member_id, year, excellent, good, completed, not_completed)
select member_id, extract(year from period)::int,
       count(*) filter (where final_level = 'EXCELLENT'), count(*) filter (where final_level = 'GOOD'),
       count(*) filter (where final_level = 'COMPLETED'), count(*) filter (where final_level = 'NOT_COMPLETED')
  from monthly_rating
 where final_level is not null
 group by 1, 2;
