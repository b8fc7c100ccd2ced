-- A month's roll (month_roll, V17) is read by every meeting page and its steps: a branch's members
-- in the roll's order. Its index gave that order without the id that breaks ties, so each read was
-- sorted again on the long collation keys, and went to the table for every member (155 members of
-- the benchmark's large branch lie on 146 pages). This index is in the roll's whole order and
-- carries what the roll's readers ask for, so the roll is read in order from the index alone
-- (pgbench, the large branch: 0.18 ms; sorted and from the table as before, 0.36 ms).
drop index member_branch_idx;
create index member_branch_idx on member (branch_id, sort_key, id)
    include (full_name, branch_role, full_membership_on, exempt, exempt_from, exempt_until, admitted_on, left_on);
