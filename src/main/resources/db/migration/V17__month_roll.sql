-- The members on a branch's roll during a month (first_day is the month's first day): admitted by
-- the month's end and not gone before its start. The one definition of the roll for the statements
-- that read it, alone (MemberReads) or with what a meeting recorded of each member (MeetingReads).
-- A single SELECT in a stable SQL function, so PostgreSQL writes it into the calling statement and
-- reads it through member_branch_idx as before.
create function month_roll(branch bigint, first_day date) returns setof member
    language sql stable
    as $$
        select * from member
         where branch_id = branch
           and admitted_on < (first_day + interval '1 month')::date
           and (left_on is null or left_on >= first_day)
    $$;
