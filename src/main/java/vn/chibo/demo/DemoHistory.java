package vn.chibo.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.chibo.demo.DemoDistrict.Setting;
import vn.chibo.demo.DemoGenerator.DemoBranch;
import vn.chibo.meeting.StandardAgenda;

/**
 * 24 months of each branch's life up to last month: meetings (pilot branches meet more
 * regularly, earlier in the month and longer), attendance with reasons, tasks given at one
 * meeting and reviewed at the next, and monthly ratings that follow the rules (pilot branches
 * rate more carefully and their members assess themselves more often).
 */
final class DemoHistory {

    static final int MONTHS = 24;
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final DemoGenerator demo;
    private final Random random;
    private final DemoTables tables;
    private long nextMeetingId = 1;
    private long nextAgendaId = 1;
    private long nextAttendanceId = 1;
    private long nextCommendationId = 1;
    private long nextTaskId = 1;
    private long nextRatingId = 1;
    private long nextDisciplineId = 1;
    private long nextFeeRateId = 1;
    private long nextFeePaymentId = 1;
    /** The branch's members' months paid or excused, while its history is generated. */
    private final Map<Long, java.util.Set<YearMonth>> feeMonths = new HashMap<>();
    /** The branch's members' monthly fee. */
    private final Map<Long, Long> feeAmounts = new HashMap<>();

    /** A held meeting of one branch in one month, with who was there. */
    private record Held(long id, YearMonth period, LocalDate heldOn, boolean finalized, Instant finalizedAt,
                        String finalizedBy, Map<Long, String> attendance) {
    }

    /** Task results per member, counted at the meeting that reviewed them. */
    private static final class Review {
        int total;
        int onTime;
        int exceeded;
        int done;
    }

    DemoHistory(DemoGenerator demo) {
        this.demo = demo;
        this.random = demo.random;
        this.tables = demo.tables;
    }

    void generate(List<DemoBranch> branches) {
        YearMonth first = demo.lastMonth.minusMonths(demo.months - 1L);
        for (DemoBranch branch : branches) {
            chooseDisciplines(branch, first);
            feeRates(branch, first);
            List<Held> held = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(demo.lastMonth); month = month.plusMonths(1)) {
                Held meeting = meeting(branch, month);
                if (meeting != null) {
                    held.add(meeting);
                }
            }
            Map<Long, Map<Long, Review>> reviews = tasks(branch, held);
            for (Held meeting : held) {
                ratings(branch, meeting, reviews.getOrDefault(meeting.id(), Map.of()));
            }
        }
    }

    private void chooseDisciplines(DemoBranch branch, YearMonth first) {
        if (branch.def().pilot() || branch.members().size() < 12 || random.nextDouble() > 0.12) {
            return;
        }
        DemoPerson person = branch.members().get(3 + random.nextInt(branch.members().size() - 3));
        person.disciplinedIn = first.plusMonths(random.nextInt(demo.months));
        LocalDate decidedOn = person.disciplinedIn.atDay(10 + random.nextInt(15));
        tables.disciplines.row(nextDisciplineId++, person.id, decidedOn,
                random.nextBoolean() ? "REPRIMAND" : "WARNING", "Ủy ban Kiểm tra Huyện ủy Cô Tô",
                (10 + random.nextInt(80)) + "-QĐ/UBKTHU");
    }

    private Held meeting(DemoBranch branch, YearMonth month) {
        boolean pilot = branch.def().pilot();
        if (random.nextDouble() > (pilot ? 0.99 : 0.88)) {
            return null;
        }
        boolean quarterStart = (month.getMonthValue() - 1) % 3 == 0;
        boolean combined = quarterStart && random.nextDouble() < (pilot ? 0.9 : 0.45);
        LocalDate heldOn = month.atDay(pilot ? 3 + random.nextInt(5)
                : random.nextDouble() < 0.6 ? 3 + random.nextInt(8) : 11 + random.nextInt(15));
        if (heldOn.getDayOfWeek() == DayOfWeek.SUNDAY) {
            heldOn = heldOn.plusDays(1);
        }
        int minutes = pilot ? (combined ? 125 : 95) + random.nextInt(35) : (combined ? 100 : 70) + random.nextInt(50);
        LocalTime startsAt = random.nextBoolean() ? LocalTime.of(14, 0) : LocalTime.of(7, 30);
        boolean finalized = !month.equals(demo.lastMonth) || pilot || random.nextDouble() < 0.7;

        List<DemoPerson> roll = branch.members().stream().filter(p -> p.onRollIn(month)).toList();
        DemoPerson chair = roll.get(random.nextDouble() < 0.85 || roll.size() < 2 ? 0 : 1);
        DemoPerson recorder = roll.get(roll.size() > 2 ? 2 : roll.size() - 1);
        long meetingId = nextMeetingId++;
        Map<Long, String> attendance = attendance(branch, meetingId, roll, month);
        int eligible = 0;
        int present = 0;
        for (DemoPerson p : roll) {
            String status = attendance.get(p.id);
            if (p.fullIn(month) && !status.equals("EXEMPT") && !status.equals("EXCUSED")
                    && !status.equals("ON_DUTY")) {
                eligible++;
                if (status.equals("PRESENT")) {
                    present++;
                }
            }
        }
        int other = present > 3 && random.nextDouble() < 0.1 ? 1 : 0;
        String secretaryUsername = branch.members().get(0).username;
        Instant finalizedAt = finalized ? heldOn.plusDays(random.nextInt(3)).atTime(17, 0).toInstant(VIETNAM) : null;
        String location = (branch.def().setting() == Setting.RESIDENTIAL ? "Nhà văn hóa " : "Phòng họp ")
                + branch.def().name().replace("Chi bộ ", "");
        int[] quality = quality(pilot);
        tables.meetings.row(meetingId, branch.id(), month, combined ? "COMBINED" : "REGULAR",
                finalized ? "FINALIZED" : "HELD", heldOn, startsAt, startsAt.plusMinutes(minutes), location,
                chair.id, recorder.id, resolution(month), present - other, 0, other, eligible,
                quality[0], quality[1], quality[2], quality[3], finalizedAt, finalized ? secretaryUsername : null);
        agenda(meetingId, month, roll, attendance);
        fees(branch, meetingId, month, heldOn, roll, secretaryOf(branch));
        return new Held(meetingId, month, heldOn, finalized, finalizedAt, secretaryUsername, attendance);
    }

    private Map<Long, String> attendance(DemoBranch branch, long meetingId, List<DemoPerson> roll, YearMonth month) {
        boolean pilot = branch.def().pilot();
        Map<Long, String> statuses = new HashMap<>();
        for (int i = 0; i < roll.size(); i++) {
            DemoPerson p = roll.get(i);
            String status;
            String reason = null;
            double draw = random.nextDouble();
            if (p.exemptIn(month)) {
                status = "EXEMPT";
            } else if (i == 0) {
                status = "PRESENT";
            } else if (p.chronicAbsentee && draw < 0.3) {
                status = "UNEXCUSED";
            } else if (draw < (pilot ? 0.93 : 0.85)) {
                status = "PRESENT";
            } else if (draw < (pilot ? 0.97 : 0.92)) {
                status = "EXCUSED";
                reason = DemoNames.pick(random, DemoNames.EXCUSE_REASONS);
            } else if (draw < (pilot ? 0.99 : 0.95)) {
                status = "ON_DUTY";
                reason = DemoNames.pick(random, DemoNames.DUTY_REASONS);
            } else {
                status = "UNEXCUSED";
            }
            statuses.put(p.id, status);
            tables.attendance.row(nextAttendanceId++, meetingId, p.id, status, reason);
        }
        return statuses;
    }

    /** Each member's fee from the first month: a share of salary at agencies and services, a fixed amount elsewhere. */
    private void feeRates(DemoBranch branch, YearMonth first) {
        feeMonths.clear();
        feeAmounts.clear();
        String by = secretaryOf(branch);
        for (DemoPerson p : branch.members()) {
            YearMonth from = YearMonth.from(p.admittedOn).isAfter(first) ? YearMonth.from(p.admittedOn) : first;
            if (branch.def().setting() == Setting.RESIDENTIAL) {
                long amount = new long[] {10_000, 15_000, 20_000, 30_000}[random.nextInt(4)];
                tables.feeRates.row(nextFeeRateId++, p.id, from, "FIXED", null, null, amount, by);
                feeAmounts.put(p.id, amount);
            } else {
                long salary = 5_000_000 + 100_000L * random.nextInt(100);
                tables.feeRates.row(nextFeeRateId++, p.id, from, "SALARY_SHARE", salary, "1.00", salary / 100, by);
                feeAmounts.put(p.id, salary / 100);
            }
        }
    }

    /**
     * Đảng phí at a meeting: most members pay the month (with the year's earlier months they still
     * owe), a few pay ahead, a few give a reason, and some simply do not pay.
     */
    private void fees(DemoBranch branch, long meetingId, YearMonth month, LocalDate heldOn, List<DemoPerson> roll,
                      String by) {
        boolean pilot = branch.def().pilot();
        long collected = 0;
        for (DemoPerson p : roll) {
            java.util.Set<YearMonth> settled = feeMonths.computeIfAbsent(p.id, id -> new java.util.HashSet<>());
            if (p.exemptIn(month) || settled.contains(month)) {
                continue;
            }
            double draw = random.nextDouble();
            if (draw < (p.chronicAbsentee ? 0.5 : pilot ? 0.97 : 0.9)) {
                List<YearMonth> paying = new ArrayList<>();
                for (YearMonth m = YearMonth.of(month.getYear(), 1); m.isBefore(month); m = m.plusMonths(1)) {
                    if (p.onRollIn(m) && !p.exemptIn(m) && !settled.contains(m)
                            && !m.isBefore(demo.lastMonth.minusMonths(demo.months - 1L))) {
                        paying.add(m);
                    }
                }
                paying.add(month);
                if (random.nextDouble() < 0.08) {
                    paying.add(month.plusMonths(1));
                    paying.add(month.plusMonths(2));
                }
                long amount = feeAmounts.getOrDefault(p.id, 10_000L);
                for (YearMonth m : paying) {
                    if (settled.add(m)) {
                        tables.feePayments.row(nextFeePaymentId++, p.id, m, branch.id(), meetingId, heldOn, amount,
                                null, by);
                        collected += amount;
                    }
                }
            } else if (random.nextDouble() < 0.3) {
                settled.add(month);
                tables.feePayments.row(nextFeePaymentId++, p.id, month, branch.id(), meetingId, null, null,
                        DemoNames.pick(random, DemoNames.EXCUSE_REASONS), by);
            }
        }
        if (collected > 0 && month.isBefore(demo.lastMonth)) {
            tables.feeHandovers.row(branch.id(), month, collected, heldOn.plusDays(3 + random.nextInt(5)), by);
        }
    }

    private static String secretaryOf(DemoBranch branch) {
        String username = branch.members().get(0).username;
        return username == null ? "demo" : username;
    }

    private void agenda(long meetingId, YearMonth month, List<DemoPerson> roll, Map<Long, String> attendance) {
        long exempt = attendance.values().stream().filter("EXEMPT"::equals).count();
        long present = attendance.values().stream().filter("PRESENT"::equals).count();
        long excused = attendance.values().stream().filter(s -> s.equals("EXCUSED") || s.equals("ON_DUTY")).count();
        long unexcused = attendance.values().stream().filter("UNEXCUSED"::equals).count();
        String period = String.format("%02d/%d", month.getMonthValue(), month.getYear());
        String next = String.format("%02d/%d", month.plusMonths(1).getMonthValue(), month.plusMonths(1).getYear());
        List<String> minutes = List.of(
                "Tổng số đảng viên: " + roll.size() + "; miễn sinh hoạt: " + exempt + "; có mặt: " + present
                        + "; vắng có lý do: " + excused + "; vắng không lý do: " + unexcused
                        + ".\nĐã thu đảng phí tháng " + period + ". Chi bộ thống nhất chương trình, cử thư ký.",
                "Đồng chí chủ trì thông tin tình hình thời sự trong nước, của tỉnh và huyện; phổ biến văn bản mới "
                        + "của cấp trên. Tư tưởng đảng viên và nhân dân ổn định, tin tưởng vào sự lãnh đạo của Đảng.",
                "Đánh giá kết quả thực hiện nghị quyết tháng trước; từng đảng viên báo cáo kết quả nhiệm vụ được "
                        + "phân công. Liên hệ việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
                        + "(Chỉ thị 05-CT/TW).",
                "Thống nhất nhiệm vụ tháng " + next + " và phân công nhiệm vụ cụ thể cho từng đảng viên.",
                "Các đồng chí đảng viên phát biểu thảo luận, tự phê bình và phê bình thẳng thắn, xây dựng.",
                "Chi bộ biểu quyết thông qua nghị quyết; nhận xét, xếp loại đảng viên tháng " + period
                        + "; chấm điểm chất lượng buổi sinh hoạt; thông qua biên bản.");
        for (int position = 0; position < StandardAgenda.TITLES.size(); position++) {
            long itemId = nextAgendaId++;
            tables.agendaItems.row(itemId, meetingId, position, StandardAgenda.TITLES.get(position),
                    minutes.get(position));
            if (position == StandardAgenda.REVIEW_ITEM) {
                tables.agendaDirectives.row(itemId, 1);
            }
        }
    }

    private int[] quality(boolean pilot) {
        return pilot
                ? new int[] {12 + random.nextInt(4), 16 + random.nextInt(5), 36 + random.nextInt(10), 15 + random.nextInt(6)}
                : new int[] {8 + random.nextInt(8), 11 + random.nextInt(10), 24 + random.nextInt(19), 9 + random.nextInt(11)};
    }

    private String resolution(YearMonth month) {
        return "Nghị quyết chi bộ tháng " + String.format("%02d/%d", month.getMonthValue(), month.getYear())
                + ": tập trung lãnh đạo hoàn thành nhiệm vụ chính trị của đơn vị; mỗi đảng viên thực hiện "
                + "nghiêm nhiệm vụ được phân công; tiếp tục đẩy mạnh học tập và làm theo tấm gương Bác.";
    }

    /** Tasks given at each held meeting, reviewed at the next one; returns reviews by meeting and member. */
    private Map<Long, Map<Long, Review>> tasks(DemoBranch branch, List<Held> held) {
        boolean pilot = branch.def().pilot();
        Map<Long, Map<Long, Review>> reviews = new HashMap<>();
        for (int h = 0; h < held.size(); h++) {
            Held meeting = held.get(h);
            Held reviewer = h + 1 < held.size() ? held.get(h + 1) : null;
            for (DemoPerson p : branch.members()) {
                String status = meeting.attendance().get(p.id);
                if (status == null || status.equals("EXEMPT")) {
                    continue;
                }
                int count = pilot ? 2 + random.nextInt(2) : 1 + random.nextInt(2);
                for (int t = 0; t < count; t++) {
                    task(branch, meeting, reviewer, p, pilot, reviews);
                }
            }
        }
        return reviews;
    }

    private void task(DemoBranch branch, Held meeting, Held reviewer, DemoPerson p, boolean pilot,
                      Map<Long, Map<Long, Review>> reviews) {
        double kindDraw = random.nextDouble();
        String kind = kindDraw < 0.35 ? "PROFESSIONAL" : kindDraw < 0.7 ? "PARTY" : "MASS_ORGANIZATION";
        if (branch.def().setting() == Setting.RESIDENTIAL && kind.equals("PROFESSIONAL")) {
            kind = "MASS_ORGANIZATION";
        }
        String title = DemoNames.pick(random, switch (kind) {
            case "PROFESSIONAL" -> DemoNames.PROFESSIONAL_TASKS;
            case "PARTY" -> DemoNames.PARTY_TASKS;
            default -> DemoNames.COMMUNITY_TASKS;
        });
        double cadenceDraw = random.nextDouble();
        String cadence = cadenceDraw < 0.6 ? "MONTHLY" : cadenceDraw < 0.85 ? "WEEKLY" : "AD_HOC";
        double sourceDraw = random.nextDouble();
        String source = sourceDraw < 0.7 ? "RESOLUTION" : sourceDraw < 0.85 ? "HIGHER_COMMITTEE" : "AD_HOC";
        LocalDate dueOn = switch (cadence) {
            case "WEEKLY" -> meeting.heldOn().plusWeeks(1);
            case "AD_HOC" -> meeting.heldOn().plusDays(10 + random.nextInt(15));
            default -> meeting.period().plusMonths(1).atDay(20);
        };
        String result;
        String progress = null;
        String note = null;
        Instant progressAt = null;
        if (reviewer == null) {
            result = random.nextDouble() < 0.6 ? "NOT_STARTED" : "IN_PROGRESS";
            if (result.equals("IN_PROGRESS") && random.nextBoolean()) {
                progress = "IN_PROGRESS";
                note = "Đang triển khai theo kế hoạch";
                progressAt = meeting.heldOn().plusDays(7).atTime(20, 0).toInstant(VIETNAM);
            }
        } else {
            double draw = random.nextDouble();
            double late = p.chronicAbsentee ? 0.5 : 0;
            result = pilot
                    ? draw < 0.68 ? "DONE_ON_TIME" : draw < 0.88 ? "EXCEEDED" : draw < 0.96 ? "DONE_LATE" : "NOT_DONE"
                    : draw < 0.7 - late ? "DONE_ON_TIME" : draw < 0.78 - late ? "EXCEEDED"
                    : draw < 0.92 - late / 2 ? "DONE_LATE" : "NOT_DONE";
            Review review = reviews.computeIfAbsent(reviewer.id(), id -> new HashMap<>())
                    .computeIfAbsent(p.id, id -> new Review());
            review.total++;
            if (result.equals("DONE_ON_TIME") || result.equals("EXCEEDED")) {
                review.onTime++;
            }
            if (result.equals("EXCEEDED")) {
                review.exceeded++;
            }
            if (!result.equals("NOT_DONE")) {
                review.done++;
            }
        }
        long taskId = nextTaskId++;
        tables.tasks.row(taskId, p.id, branch.id(), meeting.period(), meeting.id(),
                reviewer == null ? null : reviewer.id(), cadence, source, kind, title, null, dueOn, result,
                progress, note, progressAt);
        if (cadence.equals("WEEKLY")) {
            weeksDone(taskId, meeting, dueOn, result);
        }
    }

    /**
     * The weeks the member said a weekly task was done, from its result (no random draw): all of them
     * when done on time, the first when done late, none otherwise. Only for the last three months'
     * tasks, which are the ones pages show the weeks of (a province would otherwise load a million rows).
     */
    private void weeksDone(long taskId, Held meeting, LocalDate dueOn, String result) {
        if (meeting.period().isBefore(demo.lastMonth.minusMonths(2))) {
            return;
        }
        LocalDate first = meeting.heldOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = dueOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = switch (result) {
            case "DONE_ON_TIME", "EXCEEDED" -> Integer.MAX_VALUE;
            case "DONE_LATE" -> 1;
            default -> 0;
        };
        for (LocalDate week = first; !week.isAfter(last) && weeks > 0; week = week.plusWeeks(1), weeks--) {
            tables.taskWeeks.row(taskId, week, week.plusDays(6).atTime(20, 0).atOffset(VIETNAM));
        }
    }

    private void ratings(DemoBranch branch, Held meeting, Map<Long, Review> reviews) {
        boolean pilot = branch.def().pilot();
        for (DemoPerson p : branch.members()) {
            String status = meeting.attendance().get(p.id);
            if (status == null || status.equals("EXEMPT")) {
                continue;
            }
            String level = level(p, meeting.period(), reviews.get(p.id), pilot);
            boolean selfAssessed = random.nextDouble() < (pilot ? 0.9 : 0.4);
            String selfLevel = null;
            String selfText = null;
            Instant selfAt = null;
            if (selfAssessed) {
                selfLevel = random.nextDouble() < 0.25 ? better(level) : level;
                selfText = "Hoàn thành các nhiệm vụ được phân công trong tháng; tham gia sinh hoạt chi bộ "
                        + "và các hoạt động của khu dân cư, cơ quan.";
                selfAt = meeting.heldOn().minusDays(1 + random.nextInt(3)).atTime(20, 0).toInstant(VIETNAM);
            }
            String comment = comment(level, p.disciplinedIn != null && p.disciplinedIn.equals(meeting.period()));
            tables.ratings.row(nextRatingId++, p.id, branch.id(), meeting.period(), selfLevel, selfText, selfAt,
                    level, meeting.finalized() ? level : null, meeting.finalized() ? comment : null,
                    meeting.finalizedAt(), meeting.finalized() ? meeting.finalizedBy() : null);
            if (meeting.finalized() && level.equals("EXCELLENT") && random.nextDouble() < 0.15) {
                tables.commendations.row(nextCommendationId++, meeting.id(), p.id, "COMMENDATION",
                        "Hoàn thành xuất sắc nhiệm vụ được phân công.");
            } else if (meeting.finalized() && status.equals("UNEXCUSED") && random.nextDouble() < 0.5) {
                tables.commendations.row(nextCommendationId++, meeting.id(), p.id, "CRITICISM",
                        "Vắng sinh hoạt chi bộ không có lý do.");
            }
        }
    }

    /** The rules of DOMAIN.md: discipline or under half of the tasks done force NOT_COMPLETED. */
    private String level(DemoPerson p, YearMonth period, Review review, boolean pilot) {
        if (p.disciplinedIn != null && p.disciplinedIn.equals(period)) {
            return "NOT_COMPLETED";
        }
        if (review == null || review.total == 0) {
            return random.nextDouble() < 0.85 ? "GOOD" : "COMPLETED";
        }
        if (review.done * 2 < review.total) {
            return "NOT_COMPLETED";
        }
        boolean allOnTime = review.onTime == review.total;
        boolean excellent = allOnTime && review.exceeded * 10 >= review.total * 3;
        if (excellent && random.nextDouble() < (pilot ? 0.7 : 0.3)) {
            return "EXCELLENT";
        }
        return allOnTime ? "GOOD" : "COMPLETED";
    }

    private static String better(String level) {
        return switch (level) {
            case "NOT_COMPLETED" -> "COMPLETED";
            case "COMPLETED" -> "GOOD";
            default -> "EXCELLENT";
        };
    }

    private static String comment(String level, boolean disciplined) {
        if (disciplined) {
            return "Bị kỷ luật trong tháng; xếp loại không hoàn thành nhiệm vụ.";
        }
        return switch (level) {
            case "EXCELLENT" -> "Hoàn thành xuất sắc, đúng hạn các nhiệm vụ; nhiều việc vượt mức.";
            case "GOOD" -> "Hoàn thành tốt, đúng hạn các nhiệm vụ được phân công.";
            case "COMPLETED" -> "Hoàn thành nhiệm vụ; còn việc chậm so với yêu cầu.";
            default -> "Không hoàn thành quá nửa nhiệm vụ được phân công; cần khắc phục ngay.";
        };
    }
}
