package vn.chibo.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Điểm danh: one member's presence at one meeting. An excused absence needs a reason. */
@Entity
class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status;

    private String reason;

    protected Attendance() {
    }

    Attendance(Meeting meeting, long memberId, AttendanceStatus status, String reason) {
        this.meeting = meeting;
        this.memberId = memberId;
        change(status, reason);
    }

    void change(AttendanceStatus newStatus, String newReason) {
        String trimmed = newReason == null || newReason.isBlank() ? null : newReason.strip();
        if (newStatus.needsReason() && trimmed == null) {
            throw new IllegalArgumentException("an excused absence needs a reason");
        }
        this.status = newStatus;
        this.reason = newStatus == AttendanceStatus.PRESENT ? null : trimmed;
    }

    AttendanceMark mark() {
        return new AttendanceMark(memberId, status, reason);
    }

    long memberId() {
        return memberId;
    }

    AttendanceStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }
}
