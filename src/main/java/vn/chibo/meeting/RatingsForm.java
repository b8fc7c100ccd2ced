package vn.chibo.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chibo.rating.RatingLevel;

/** The ratings step: the proposed level and comment, and any commendation or criticism, for each member by id. */
class RatingsForm extends VersionedForm {
    @Valid
    private Map<Long, ProposalRow> proposals = new LinkedHashMap<>();

    public Map<Long, ProposalRow> getProposals() {
        return proposals;
    }

    public void setProposals(Map<Long, ProposalRow> proposals) {
        this.proposals = proposals;
    }

    static class ProposalRow {
        private RatingLevel level;
        @Size(max = 2000)
        private String comment;
        private CommendationKind commendation;
        @Size(max = Commendations.MAX_NOTE)
        private String commendationNote;

        ProposalRow() {
        }

        ProposalRow(RatingLevel level, String comment, Commendations.Entry commendation) {
            this.level = level;
            this.comment = comment;
            if (commendation != null) {
                this.commendation = commendation.kind();
                this.commendationNote = commendation.note();
            }
        }

        public CommendationKind getCommendation() {
            return commendation;
        }

        public void setCommendation(CommendationKind commendation) {
            this.commendation = commendation;
        }

        public String getCommendationNote() {
            return commendationNote;
        }

        public void setCommendationNote(String commendationNote) {
            this.commendationNote = commendationNote;
        }

        public RatingLevel getLevel() {
            return level;
        }

        public void setLevel(RatingLevel level) {
            this.level = level;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }
}
