package vn.chibo.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Generated;

/**
 * Buổi sinh hoạt chi bộ: one meeting of a branch, with its agenda, attendance, resolution and
 * quality score. It is planned, then held (attendance taken), then finalized, which locks it.
 */
@Entity
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    @Column(nullable = false)
    private YearMonth period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    private String location;

    @Column(name = "chair_id")
    private Long chairId;

    @Column(name = "recorder_id")
    private Long recorderId;

    @Column(name = "resolution_text")
    private String resolutionText;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Column(name = "votes_other")
    private Integer votesOther;

    @Column(name = "eligible_count")
    private Integer eligibleCount;

    @Column(name = "quality_preparation")
    private Integer qualityPreparation;

    @Column(name = "quality_attendance")
    private Integer qualityAttendance;

    @Column(name = "quality_conduct")
    private Integer qualityConduct;

    @Column(name = "quality_closing")
    private Integer qualityClosing;

    @Generated
    @Column(name = "quality_score", insertable = false, updatable = false)
    private Integer qualityScore;

    @Column(name = "finalized_at")
    private Instant finalizedAt;

    @Column(name = "finalized_by")
    private String finalizedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Attendance> attendance = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(long branchId, YearMonth period, MeetingKind kind) {
        this.branchId = branchId;
        this.period = Objects.requireNonNull(period);
        this.kind = Objects.requireNonNull(kind);
        this.status = MeetingStatus.PLANNED;
    }

    boolean isRegular() {
        return kind == MeetingKind.REGULAR || kind == MeetingKind.COMBINED;
    }

    boolean isLocked() {
        return status == MeetingStatus.FINALIZED;
    }

    void requireOpen() {
        if (isLocked()) {
            throw new MeetingLockedException(id);
        }
    }

    /** Refuses a save made from a form opened before someone else's save. */
    void requireVersion(long seenVersion) {
        if (seenVersion != version) {
            throw new StaleMeetingException(id);
        }
    }

    void plan(MeetingKind newKind, LocalDate day, LocalTime from, LocalTime to, String place, Long chair,
              Long recorder) {
        requireOpen();
        if (isRegular() != (newKind == MeetingKind.REGULAR || newKind == MeetingKind.COMBINED)) {
            throw new IllegalArgumentException("a regular meeting stays regular");
        }
        this.kind = newKind;
        this.heldOn = day;
        this.startsAt = from;
        this.endsAt = to;
        this.location = place;
        this.chairId = chair;
        this.recorderId = recorder;
    }

    AgendaItem addAgendaItem(String title) {
        requireOpen();
        AgendaItem item = new AgendaItem(this, agenda.size(), title);
        agenda.add(item);
        return item;
    }

    void removeAgendaItem(AgendaItem item) {
        requireOpen();
        agenda.remove(item);
        renumber();
    }

    /** Puts the agenda in the given order (items not named keep their relative order after). */
    void reorderAgenda(List<AgendaItem> order) {
        requireOpen();
        List<AgendaItem> sorted = new ArrayList<>(order);
        agenda.stream().filter(item -> !order.contains(item)).forEach(sorted::add);
        agenda.clear();
        agenda.addAll(sorted);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).moveTo(i);
        }
    }

    /** Whether the member's attendance is recorded as anything but present. */
    boolean markedAbsent(long memberId) {
        return attendanceOf(memberId).map(row -> row.status() != AttendanceStatus.PRESENT).orElse(false);
    }

    Optional<Attendance> attendanceOf(long memberId) {
        return attendance.stream().filter(row -> row.memberId() == memberId).findFirst();
    }

    /** Every mark by member, for pages that look up each member of a large branch. */
    Map<Long, AttendanceMark> attendanceByMember() {
        return AttendanceMarks.byMember(attendance.stream().map(Attendance::mark).toList());
    }

    /** Records one member's presence; returns the previous status (null when new) for the audit log. */
    AttendanceStatus mark(long memberId, AttendanceStatus newStatus, String reason) {
        requireOpen();
        Optional<Attendance> existing = attendanceOf(memberId);
        AttendanceStatus previous = existing.map(Attendance::status).orElse(null);
        if (existing.isPresent()) {
            existing.get().change(newStatus, reason);
        } else {
            attendance.add(new Attendance(this, memberId, newStatus, reason));
        }
        if (status == MeetingStatus.PLANNED) {
            status = MeetingStatus.HELD;
        }
        return previous;
    }

    void recordResolution(String text, int inFavour, int against, int other, int eligible) {
        requireOpen();
        this.resolutionText = text;
        this.votesFor = inFavour;
        this.votesAgainst = against;
        this.votesOther = other;
        this.eligibleCount = eligible;
    }

    void scoreQuality(int preparation, int attendanceScore, int conduct, int closing) {
        requireOpen();
        this.qualityPreparation = preparation;
        this.qualityAttendance = attendanceScore;
        this.qualityConduct = conduct;
        this.qualityClosing = closing;
    }

    void finalizeBy(String username, Instant at) {
        requireOpen();
        this.status = MeetingStatus.FINALIZED;
        this.finalizedAt = at;
        this.finalizedBy = username;
    }

    void reopen() {
        if (!isLocked()) {
            throw new MeetingNotFinalizedException(id);
        }
        this.status = MeetingStatus.HELD;
        this.finalizedAt = null;
        this.finalizedBy = null;
    }

    /** Length in minutes, when both times are known. */
    Optional<Long> durationMinutes() {
        if (startsAt == null || endsAt == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(startsAt, endsAt).toMinutes());
    }

    boolean hasResolution() {
        return resolutionText != null && !resolutionText.isBlank() && votesFor != null;
    }

    boolean hasQualityScore() {
        return qualityPreparation != null && qualityAttendance != null && qualityConduct != null
                && qualityClosing != null;
    }

    Integer qualityTotal() {
        return hasQualityScore() ? qualityPreparation + qualityAttendance + qualityConduct + qualityClosing : null;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getBranchId() {
        return branchId;
    }

    YearMonth getPeriod() {
        return period;
    }

    MeetingKind getKind() {
        return kind;
    }

    MeetingStatus getStatus() {
        return status;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    LocalTime getStartsAt() {
        return startsAt;
    }

    LocalTime getEndsAt() {
        return endsAt;
    }

    String getLocation() {
        return location;
    }

    Long getChairId() {
        return chairId;
    }

    Long getRecorderId() {
        return recorderId;
    }

    String getResolutionText() {
        return resolutionText;
    }

    Integer getVotesFor() {
        return votesFor;
    }

    Integer getVotesAgainst() {
        return votesAgainst;
    }

    Integer getVotesOther() {
        return votesOther;
    }

    Integer getEligibleCount() {
        return eligibleCount;
    }

    Integer getQualityPreparation() {
        return qualityPreparation;
    }

    Integer getQualityAttendance() {
        return qualityAttendance;
    }

    Integer getQualityConduct() {
        return qualityConduct;
    }

    Integer getQualityClosing() {
        return qualityClosing;
    }

    Instant getFinalizedAt() {
        return finalizedAt;
    }

    String getFinalizedBy() {
        return finalizedBy;
    }

    List<AgendaItem> getAgenda() {
        return agenda;
    }
}
