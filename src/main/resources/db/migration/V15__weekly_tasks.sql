-- A weekly task (cadence WEEKLY) repeats every week from the week it is given until its due date,
-- its end date. The member says each week that it was done; the review at the next meeting and
-- the month's rating see how many of the weeks gone by were done.
create table task_week (
    task_id    bigint       not null references task (id) on delete cascade,
    week_start date         not null check (extract(isodow from week_start) = 1),
    note       varchar(500),
    done_at    timestamptz  not null default now(),
    primary key (task_id, week_start)
);
