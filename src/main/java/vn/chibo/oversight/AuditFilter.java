package vn.chibo.oversight;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What {@code /audit} is asked for, as typed: every field may be empty. */
public class AuditFilter {

    private String actor;
    private String kind;
    private String org;
    private Long member;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    /** The actor typed, trimmed; null when empty. */
    String actorOrNull() {
        return actor == null || actor.isBlank() ? null : actor.strip();
    }

    /** The kind chosen when it is one of the trail's kinds; anything else reads as all kinds. */
    String kindOrNull() {
        return kind != null && AuditWords.KINDS.contains(kind) ? kind : null;
    }

    String orgOrNull() {
        return org == null || org.isBlank() ? null : org.strip();
    }

    boolean rangeReversed() {
        return from != null && to != null && from.isAfter(to);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** The organization's code, as typed. */
    public String getOrg() {
        return org;
    }

    public void setOrg(String org) {
        this.org = org;
    }

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
