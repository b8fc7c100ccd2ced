-- A commune's dashboard lists the oldest overdue tasks of its branches: open tasks by branch and
-- deadline, so it reads its own branches' few open tasks instead of the province's in date order.
create index task_open_branch_due_idx on task (branch_id, due_on) where result in ('NOT_STARTED', 'IN_PROGRESS');
