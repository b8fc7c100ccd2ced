-- Biểu dương / phê bình: a member is commended or criticised at most once at a meeting (the
-- secretary records it in the rating step, with its text), and a member's page lists theirs.
create unique index commendation_meeting_member on commendation (meeting_id, member_id);
create index commendation_member_idx on commendation (member_id);
