-- Tasks waiting for review are the last month's; a meeting page counts them for its branch. A large
-- branch has thousands of reviewed tasks behind them.
create index task_unreviewed_idx on task (branch_id, period) where reviewed_meeting_id is null;
