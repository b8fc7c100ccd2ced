-- The branch table lists a subtree's branches in name order, a page at a time. Without an index in
-- that order PostgreSQL read, joined and sorted all of a province's 3,000 branches for every page
-- (10 ms of its CPU a request on the 2-core build machine); through this one it reads the page's
-- rows in order and stops. A commune's few branches still come through the path index.
create index organization_branch_sort_idx on organization (sort_key, id) where kind = 'BRANCH';
