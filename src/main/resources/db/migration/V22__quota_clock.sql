-- The annual report counts its quotas over every member of a subtree (a commune: 3 ms of the
-- database a page, the province: 0.4 s), the same on every page of its members. The application
-- keeps each count with the value of this clock, and counts again once the clock shows another:
-- every statement that changes what the quotas count moves it, in its own transaction, so a count
-- is reused only while nothing it counted has changed. Values come from a sequence and are never
-- given twice, so a count made inside a transaction that was rolled back matches no later state.
create sequence quota_clock_values;
create table quota_clock (
    one     boolean primary key default true check (one),
    version bigint  not null
);
insert into quota_clock (version) values (nextval('quota_clock_values'));

create function quota_clock_tick() returns trigger language plpgsql as $$
begin
    update quota_clock set version = nextval('quota_clock_values');
    return null;
end $$;

-- What the quotas count: each member's months at each level, discipline and the year's decision;
-- who is on a branch's roll and when; and the branches' grassroots units, their names and order.
create trigger quota_clock after insert or update or delete or truncate on member_year_rating
    for each statement execute function quota_clock_tick();
create trigger quota_clock after insert or update or delete or truncate on discipline
    for each statement execute function quota_clock_tick();
create trigger quota_clock after insert or update or delete or truncate on annual_classification
    for each statement execute function quota_clock_tick();
create trigger quota_clock after insert or delete or truncate or update of branch_id, admitted_on, left_on
    on member for each statement execute function quota_clock_tick();
create trigger quota_clock after insert or delete or truncate
    or update of parent_id, kind, branch_kind, name, sort_key, path
    on organization for each statement execute function quota_clock_tick();
