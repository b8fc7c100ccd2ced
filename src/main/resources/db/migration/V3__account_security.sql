-- A one-time password (the first administrator's; later, an initial or reset one) must be changed
-- at the next sign-in before anything else opens. security_stamp moves whenever the account's
-- password changes: a session signed in under another stamp ends at its next request, so changing
-- a password ends the account's other sessions, on every node.
alter table account add column must_change_password boolean not null default false,
                    add column security_stamp       bigint  not null default 0;
