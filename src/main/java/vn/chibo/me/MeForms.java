package vn.chibo.me;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.chibo.rating.RatingLevel;
import vn.chibo.rating.RatingService;
import vn.chibo.task.MemberProgress;

/** The member's two forms: the month's self-assessment and progress on a task. */
final class MeForms {

    private MeForms() {
    }

    static class SelfAssessmentForm {
        @NotNull
        private RatingLevel level;
        @Size(max = RatingService.SELF_TEXT_MAX)
        private String text;

        public RatingLevel getLevel() {
            return level;
        }

        public void setLevel(RatingLevel level) {
            this.level = level;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    static class ProgressForm {
        @NotNull
        private MemberProgress progress;
        @Size(max = 500)
        private String note;

        public MemberProgress getProgress() {
            return progress;
        }

        public void setProgress(MemberProgress progress) {
            this.progress = progress;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
