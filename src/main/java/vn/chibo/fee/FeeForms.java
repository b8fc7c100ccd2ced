package vn.chibo.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** The fee book's two forms, kept as typed when a save is refused. */
final class FeeForms {

    private FeeForms() {
    }

    /** A member's fee from a month on. */
    static final class RateForm {

        private Long memberId;
        private YearMonth from;
        private FeeBasis basis = FeeBasis.SALARY_SHARE;
        private Long salary;
        private BigDecimal sharePercent = BigDecimal.ONE;
        private Long amount;

        FeeBookService.RateEntry entry() {
            return new FeeBookService.RateEntry(memberId, from, basis, salary, sharePercent, amount);
        }

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }

        public YearMonth getFrom() {
            return from;
        }

        public void setFrom(YearMonth from) {
            this.from = from;
        }

        public FeeBasis getBasis() {
            return basis;
        }

        public void setBasis(FeeBasis basis) {
            this.basis = basis;
        }

        public Long getSalary() {
            return salary;
        }

        public void setSalary(Long salary) {
            this.salary = salary;
        }

        public BigDecimal getSharePercent() {
            return sharePercent;
        }

        public void setSharePercent(BigDecimal sharePercent) {
            this.sharePercent = sharePercent;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }
    }

    /** A payment made to the secretary between meetings. */
    static final class PaymentForm {

        private Long memberId;
        private Integer months = 1;
        private Long amount;
        private LocalDate paidOn;

        FeeBookService.Payment payment() {
            return new FeeBookService.Payment(memberId, months, amount, paidOn);
        }

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }

        public Integer getMonths() {
            return months;
        }

        public void setMonths(Integer months) {
            this.months = months;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }

        public LocalDate getPaidOn() {
            return paidOn;
        }

        public void setPaidOn(LocalDate paidOn) {
            this.paidOn = paidOn;
        }
    }

    /** What was handed up from a month's collection. */
    static final class HandoverForm {

        private YearMonth period;
        private Long amount;
        private LocalDate handedOn;
        private String note;

        FeeBookService.Handover handover() {
            return new FeeBookService.Handover(period, amount, handedOn, note);
        }

        public YearMonth getPeriod() {
            return period;
        }

        public void setPeriod(YearMonth period) {
            this.period = period;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }

        public LocalDate getHandedOn() {
            return handedOn;
        }

        public void setHandedOn(LocalDate handedOn) {
            this.handedOn = handedOn;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
