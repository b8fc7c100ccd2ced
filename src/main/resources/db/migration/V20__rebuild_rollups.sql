-- member_year_rating recounted from the monthly ratings (as V15 first filled it).
create function rebuild_member_year_rating() returns void language plpgsql as $$
begin
    delete from member_year_rating;
    insert into member_year_rating (member_id, year, excellent, good, completed, not_completed)
    select member_id, extract(year from period)::int,
           count(*) filter (where final_level = 'EXCELLENT'), count(*) filter (where final_level = 'GOOD'),
           count(*) filter (where final_level = 'COMPLETED'), count(*) filter (where final_level = 'NOT_COMPLETED')
      from monthly_rating
     where final_level is not null
     group by 1, 2;
end $$;

-- Every roll-up that the triggers on member, pilot_enrollment, task and monthly_rating keep,
-- recounted from those rows at once: after a bulk load that ran with those triggers off (the
-- province's loader), where adding each batch's counts one statement at a time cost more than
-- counting everything once.
create function rebuild_rollups() returns void language plpgsql as $$
begin
    perform rebuild_organization_roll();
    perform rebuild_organization_open_task();
    perform rebuild_member_year_rating();
end $$;
