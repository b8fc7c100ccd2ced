-- The branch table filters and sorts the branches of a month by their meeting's status,
-- attendance and quality. The month's rows lie scattered over the whole table (a branch's
-- months were written together), so the old (period, branch_id) index made those reads touch
-- nearly every page of it; this index carries the columns the table shows, so a month of a
-- province is read from the index alone.
drop index branch_month_summary_period_idx;
create index branch_month_summary_period_idx on branch_month_summary (period, branch_id)
    include (meeting_status, held_on, roll_total, roll_exempt, present, quality_score,
             rated_excellent, rated_good, rated_completed, rated_not_completed);
