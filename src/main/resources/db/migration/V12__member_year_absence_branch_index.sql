-- A committee's list of members flagged for unexcused absences reads its branches' rows (an index
-- read a branch) instead of every flagged member of the province; a branch's refresh finds its
-- rows the same way.
create index member_year_absence_branch_idx on member_year_absence (branch_id, year, month_count);
