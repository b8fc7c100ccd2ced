package vn.chibo.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chibo.rating.RatingLevel;

/** The ratings step: the proposed level and comment for each member, by member id. */
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

        ProposalRow() {
        }

        ProposalRow(RatingLevel level, String comment) {
            this.level = level;
            this.comment = comment;
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
