-- Members rated NOT_COMPLETED in a month are few; the dashboard lists them for a node. The member
-- id is in the index so the list is read from the index alone.
create index monthly_rating_not_completed_idx on monthly_rating (period, branch_id) include (member_id)
    where final_level = 'NOT_COMPLETED';
