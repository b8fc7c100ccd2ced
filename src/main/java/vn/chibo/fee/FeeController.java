package vn.chibo.fee;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.fee.FeeForms.HandoverForm;
import vn.chibo.fee.FeeForms.PaymentForm;
import vn.chibo.fee.FeeForms.RateForm;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;

/** The branch's fee book (page and .xlsx), its members' rates, and what it hands up. */
@Controller
class FeeController {

    private final FeeBookService books;
    private final FeeBookExport export;
    private final Clock clock;

    FeeController(FeeBookService books, FeeBookExport export, Clock clock) {
        this.books = books;
        this.export = export;
        this.clock = clock;
    }

    @ModelAttribute("bases")
    FeeBasis[] bases() {
        return FeeBasis.values();
    }

    @GetMapping("/branches/{id}/fees")
    String book(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int shown = year(year);
        if (!model.containsAttribute("handover")) {
            HandoverForm form = new HandoverForm();
            YearMonth now = YearMonth.now(clock);
            form.setPeriod(shown == now.getYear() ? now : YearMonth.of(shown, 12));
            form.setHandedOn(LocalDate.now(clock));
            model.addAttribute("handover", form);
        }
        if (!model.containsAttribute("payment")) {
            PaymentForm form = new PaymentForm();
            form.setPaidOn(LocalDate.now(clock));
            model.addAttribute("payment", form);
        }
        FeeBook book = books.book(id, shown);
        YearMonth thisMonth = YearMonth.now(clock);
        model.addAttribute("book", book);
        // Listed (to be undone) where the page offers the form: the secretary's book of this year.
        model.addAttribute("betweenPayments", book.editable() && shown == thisMonth.getYear()
                ? books.betweenPayments(id, shown) : List.of());
        model.addAttribute("thisMonth", thisMonth);
        return "fee/book";
    }

    private int year(Integer year) {
        int now = YearMonth.now(clock).getYear();
        return year == null || year < 2000 || year > now + 1 ? now : year;
    }

    @GetMapping("/branches/{id}/fees.xlsx")
    void xlsx(@PathVariable long id, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        FeeBook book = books.book(id, year(year));
        export.write(book, response);
    }

    @PostMapping("/branches/{id}/fees/payments")
    String pay(@PathVariable long id, @ModelAttribute("payment") PaymentForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        books.requireSecretary(id);
        if (!result.hasErrors()) {
            try {
                books.payBetweenMeetings(id, form.payment());
                redirect.addFlashAttribute("savedKey", "fee.between.saved");
                return "redirect:/branches/" + id + "/fees";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return book(id, null, model);
    }

    @PostMapping("/branches/{id}/fees/payments/undo")
    String undoPayment(@PathVariable long id, @RequestParam long memberId,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
                       RedirectAttributes redirect) {
        books.requireSecretary(id);
        boolean undone = books.undoBetweenMeetings(id, memberId, paidOn);
        redirect.addFlashAttribute(undone ? "savedKey" : "warningKey",
                undone ? "fee.between.undone" : "fee.between.nothingToUndo");
        return "redirect:/branches/" + id + "/fees";
    }

    @PostMapping("/branches/{id}/fees/handover")
    String handOver(@PathVariable long id, @ModelAttribute("handover") HandoverForm form, BindingResult result,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        books.requireSecretary(id);
        if (!result.hasErrors()) {
            try {
                books.handOver(id, form.handover());
                redirect.addFlashAttribute("savedKey", "fee.handover.saved");
                return "redirect:/branches/" + id + "/fees?year=" + form.getPeriod().getYear();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return book(id, form.getPeriod() == null ? null : form.getPeriod().getYear(), model);
    }

    @GetMapping("/branches/{id}/fees/rates")
    String rates(@PathVariable long id, @RequestParam(required = false) Long member, Model model) {
        model.addAttribute("page", books.rates(id));
        if (!model.containsAttribute("rate")) {
            RateForm form = new RateForm();
            form.setMemberId(member);
            form.setFrom(YearMonth.now(clock));
            model.addAttribute("rate", form);
        }
        return "fee/rates";
    }

    @PostMapping("/branches/{id}/fees/rates")
    String setRate(@PathVariable long id, @ModelAttribute("rate") RateForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        books.requireSecretary(id);
        if (!result.hasErrors()) {
            try {
                books.setRate(id, form.entry());
                redirect.addFlashAttribute("savedKey", "fee.rate.saved");
                return "redirect:/branches/" + id + "/fees/rates";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return rates(id, null, model);
    }
}
