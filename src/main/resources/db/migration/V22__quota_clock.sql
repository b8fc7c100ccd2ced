-- The annual report counts its quotas over every member of a subtree (a commune: 3 ms of the
-- database a page, the province: 0.4 s), the same on every page of its members. The application
-- keeps each count with the value of this clock, and counts again once the clock shows another:
-- every transaction that changes what the quotas count moves it as it commits, so a count is
-- reused only while nothing it counted has changed. (A transaction that has written anything
-- neither keeps nor reuses a count: its own changes move the clock only when it commits.)
create table quota_clock (
    one     boolean primary key default true check (one),
    version bigint  not null
);
insert into quota_clock (version) values (1);

-- Moves the clock once a transaction, as it commits (the triggers below are deferred): its row is
-- then the last lock the transaction takes, so two transactions that change ratings, rolls and
-- roll-ups in different orders never wait for each other through it.
create function quota_clock_tick() returns trigger language plpgsql as $$
begin
    if current_setting('chibo.quota_clock_moved', true) is distinct from 'yes' then
        update quota_clock set version = version + 1;
        perform set_config('chibo.quota_clock_moved', 'yes', true);
    end if;
    return null;
end $$;

-- What the quotas count: each member's months at each level, discipline and the year's decision;
-- who is on a branch's roll and when; and the branches' grassroots units, their names and order.
create constraint trigger quota_clock after insert or update or delete on member_year_rating
    deferrable initially deferred for each row execute function quota_clock_tick();
create constraint trigger quota_clock after insert or update or delete on discipline
    deferrable initially deferred for each row execute function quota_clock_tick();
create constraint trigger quota_clock after insert or update or delete on annual_classification
    deferrable initially deferred for each row execute function quota_clock_tick();
create constraint trigger quota_clock after insert or delete on member
    deferrable initially deferred for each row execute function quota_clock_tick();
create constraint trigger quota_clock_update after update on member
    deferrable initially deferred for each row
    when ((old.branch_id, old.admitted_on, old.left_on) is distinct from (new.branch_id, new.admitted_on, new.left_on))
    execute function quota_clock_tick();
create constraint trigger quota_clock after insert or delete on organization
    deferrable initially deferred for each row execute function quota_clock_tick();
create constraint trigger quota_clock_update after update on organization
    deferrable initially deferred for each row
    when ((old.parent_id, old.kind, old.branch_kind, old.name, old.sort_key, old.path)
          is distinct from (new.parent_id, new.kind, new.branch_kind, new.name, new.sort_key, new.path))
    execute function quota_clock_tick();

-- A table emptied at once (tests, maintenance) moves it at once, by the same function.
create trigger quota_clock_truncate after truncate on member_year_rating for each statement execute function quota_clock_tick();
create trigger quota_clock_truncate after truncate on discipline for each statement execute function quota_clock_tick();
create trigger quota_clock_truncate after truncate on annual_classification for each statement execute function quota_clock_tick();
create trigger quota_clock_truncate after truncate on member for each statement execute function quota_clock_tick();
create trigger quota_clock_truncate after truncate on organization for each statement execute function quota_clock_tick();
