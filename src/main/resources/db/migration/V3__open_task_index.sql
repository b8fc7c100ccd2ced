-- Open tasks are a small share of all tasks; dashboards ask for the overdue ones under a node.
create index task_open_due_idx on task (due_on, branch_id) where result in ('NOT_STARTED', 'IN_PROGRESS');
