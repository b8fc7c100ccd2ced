-- A committee's dashboard reads, for each of its children (150 communes of a province), the child
-- itself, its month's figures, its flagged members and its open tasks: four index reads a child.
-- Each of them also went to the table for a row or two (the children's rows and the roll-ups'
-- months lie scattered over their tables), a page each. These indexes carry what the dashboard
-- reads, so the reads stay in the indexes; the children's index is in the order every list of
-- children is shown (committees first, then branches, by name), so a page of the compliance grid
-- stops after its rows.
drop index organization_parent_idx;
create index organization_children_idx on organization (parent_id, (kind = 'BRANCH'), sort_key, id)
    include (name, kind);

alter table organization_month_summary drop constraint organization_month_summary_pkey,
    add constraint organization_month_summary_pkey primary key (organization_id, period, pilot)
        include (held, finalized, late_open, rated_not_completed);

alter table organization_year_flag drop constraint organization_year_flag_pkey,
    add constraint organization_year_flag_pkey primary key (organization_id, year, reached_month)
        include (members);

alter table organization_open_task drop constraint organization_open_task_pkey,
    add constraint organization_open_task_pkey primary key (organization_id, due_on)
        include (open_tasks);
