package vn.chibo.demo;

import java.util.List;

/** The demo rows of every table, in an order that satisfies the foreign keys. */
final class DemoTables {

    final CopyTable pilots = new CopyTable("pilot_enrollment", "id, branch_id, enrolled_on, plan_reference, status");
    final CopyTable pilotSolutions = new CopyTable("pilot_solution",
            "branch_id, year, area, solution, target, status, reviewed_by, reviewed_at, recorded_by");
    final CopyTable pilotRecognitions = new CopyTable("pilot_recognition",
            "branch_id, year, recognized, note, decided_by, decided_at");
    final CopyTable themes = new CopyTable("work_theme", "organization_id, year, theme");
    final CopyTable directives = new CopyTable("directive", "id, code, title, issued_on");
    final CopyTable members = new CopyTable("member", "id, branch_id, full_name, sort_key, gender, birth_date, "
            + "party_card_number, admitted_on, full_membership_on, status, branch_role, job_title, leadership_post, "
            + "exempt, exempt_from, left_on");
    final CopyTable commitments = new CopyTable("member_commitment", "member_id, year, kind, text, recorded_at");
    final CopyTable disciplines = new CopyTable("discipline",
            "id, member_id, decided_on, form, deciding_body, decision_number");
    final CopyTable accounts = new CopyTable("account", "id, username, password_hash, member_id");
    final CopyTable accountGrants = new CopyTable("account_grant", "account_id, role, organization_id");
    final CopyTable meetings = new CopyTable("meeting", "id, branch_id, period, kind, status, held_on, starts_at, "
            + "ends_at, location, chair_id, recorder_id, resolution_text, votes_for, votes_against, votes_other, "
            + "eligible_count, quality_preparation, quality_attendance, quality_conduct, quality_closing, "
            + "finalized_at, finalized_by");
    final CopyTable agendaItems = new CopyTable("agenda_item", "id, meeting_id, position, title, minutes");
    final CopyTable agendaDirectives = new CopyTable("agenda_item_directive", "agenda_item_id, directive_id");
    final CopyTable attendance = new CopyTable("attendance", "id, meeting_id, member_id, status, reason");
    final CopyTable feeRates = new CopyTable("fee_rate",
            "id, member_id, from_period, basis, salary, share_percent, amount, set_by");
    final CopyTable feePayments = new CopyTable("fee_payment",
            "id, member_id, period, branch_id, meeting_id, paid_on, amount, reason, recorded_by");
    final CopyTable feeHandovers = new CopyTable("fee_handover", "branch_id, period, amount, handed_on, recorded_by");
    final CopyTable commendations = new CopyTable("commendation", "id, meeting_id, member_id, kind, note");
    final CopyTable tasks = new CopyTable("task", "id, assignee_id, branch_id, period, assigned_meeting_id, "
            + "reviewed_meeting_id, cadence, source, kind, title, description, due_on, result, member_progress, "
            + "member_note, member_progress_at");
    final CopyTable taskWeeks = new CopyTable("task_week", "task_id, week_start, done_at");
    final CopyTable ratings = new CopyTable("monthly_rating", "id, member_id, branch_id, period, self_level, "
            + "self_text, self_submitted_at, proposed_level, final_level, comment, decided_at, decided_by");

    List<CopyTable> inOrder() {
        return List.of(pilots, pilotSolutions, pilotRecognitions, themes, directives, members, commitments,
                disciplines, accounts, accountGrants, meetings, agendaItems, agendaDirectives, attendance, feeRates, feePayments, feeHandovers, commendations, tasks,
                taskWeeks, ratings);
    }

    void clear() {
        inOrder().forEach(CopyTable::clear);
    }

    /** Tables whose identity sequence must continue after the ids the demo chose. */
    static final List<String> IDENTITY_TABLES = List.of("organization", "pilot_enrollment", "directive", "member",
            "discipline", "account", "meeting", "agenda_item", "attendance", "fee_rate", "fee_payment", "commendation",
            "task",
            "monthly_rating");
}
