package vn.chibo.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Mục chương trình: an ordered part of a meeting with its minutes text (plain text, kept exactly). */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String minutes;

    @ManyToMany
    @JoinTable(name = "agenda_item_directive",
            joinColumns = @JoinColumn(name = "agenda_item_id"),
            inverseJoinColumns = @JoinColumn(name = "directive_id"))
    private Set<Directive> directives = new HashSet<>();

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int position, String title) {
        this.meeting = meeting;
        this.position = position;
        rename(title);
    }

    void rename(String newTitle) {
        meeting.requireOpen();
        this.title = Objects.requireNonNull(newTitle).strip();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void writeMinutes(String text) {
        meeting.requireOpen();
        this.minutes = text == null || text.isBlank() ? null : text;
    }

    void studyDirectives(Set<Directive> studied) {
        meeting.requireOpen();
        directives.clear();
        directives.addAll(studied);
    }

    Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    String getMinutes() {
        return minutes;
    }

    Set<Directive> getDirectives() {
        return directives;
    }
}
