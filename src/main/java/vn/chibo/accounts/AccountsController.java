package vn.chibo.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccountAdministration.Slip;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;

/**
 * {@code /branches/{id}/accounts}: the branch's members and their accounts, for administrators and
 * the staff above. New accounts and reset passwords come with one-time passwords, shown once on
 * slips to print and hand out.
 */
@Controller
class AccountsController {

    /** The slips just issued, kept in the session only while their page is open, for the PDF. */
    static final String SLIPS = AccountsController.class.getName() + ".slips";

    private final AccountsService accounts;
    private final SlipsDocument document;

    AccountsController(AccountsService accounts, SlipsDocument document) {
        this.accounts = accounts;
        this.document = document;
    }

    @GetMapping("/branches/{branchId}/accounts")
    String show(@PathVariable long branchId, @PageableDefault(size = 50) Pageable pageable, Model model,
                HttpSession session) {
        AccountsService.BranchAccounts page = accounts.page(branchId, pageable);
        if (model.getAttribute("slips") instanceof List<?> slips && !slips.isEmpty()) {
            session.setAttribute(SLIPS, new IssuedSlips(branchId, List.copyOf(slips.stream().map(Slip.class::cast).toList())));
        } else {
            session.removeAttribute(SLIPS);
        }
        if (!model.containsAttribute("form")) {
            NewAccountsForm form = new NewAccountsForm();
            page.members().forEach(member -> {
                if (member.accountId() == null) {
                    form.getUsernames().put(member.memberId(), member.suggestedUsername());
                }
            });
            model.addAttribute("form", form);
        }
        model.addAttribute("page", page);
        return "accounts/branch";
    }

    @PostMapping("/branches/{branchId}/accounts")
    String create(@PathVariable long branchId, @ModelAttribute("form") NewAccountsForm form, BindingResult result,
                  @PageableDefault(size = 50) Pageable pageable, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            List<Slip> slips = accounts.create(branchId, form.getUsernames());
            redirect.addFlashAttribute("slips", slips);
            return "redirect:/branches/" + branchId + "/accounts";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("page", accounts.page(branchId, pageable));
            return "accounts/branch";
        }
    }

    /** The slips just issued, as an A4 PDF to print and cut; gone once their page is left. */
    @GetMapping("/branches/{branchId}/accounts/slips.pdf")
    void slips(@PathVariable long branchId, HttpSession session, HttpServletRequest request,
               HttpServletResponse response) throws IOException {
        OrganizationSummary branch = accounts.branch(branchId);
        if (!(session.getAttribute(SLIPS) instanceof IssuedSlips issued) || issued.branchId() != branchId) {
            throw new SlipsGoneException(branchId);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        String address = ServletUriComponentsBuilder.fromContextPath(request).path("/").build().toUriString();
        document.write(branch.name(), address, issued.slips(), pdf);
        response.setContentType("application/pdf");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename("phieu-tai-khoan-" + branch.code() + ".pdf").build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }

    /** Slips issued for one branch. */
    record IssuedSlips(long branchId, List<Slip> slips) implements Serializable {
    }

    @PostMapping("/branches/{branchId}/accounts/{accountId}/reset")
    String reset(@PathVariable long branchId, @PathVariable long accountId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("slips", List.of(accounts.reset(branchId, accountId)));
        return "redirect:/branches/" + branchId + "/accounts";
    }

    @PostMapping("/branches/{branchId}/accounts/{accountId}/disable")
    String disable(@PathVariable long branchId, @PathVariable long accountId, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(branchId, accountId, false);
            redirect.addFlashAttribute("savedKey", "accounts.saved.disabled");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errorKey", e.problems().get(0).messageKey());
        }
        return "redirect:/branches/" + branchId + "/accounts";
    }

    @PostMapping("/branches/{branchId}/accounts/{accountId}/enable")
    String enable(@PathVariable long branchId, @PathVariable long accountId, RedirectAttributes redirect) {
        accounts.setEnabled(branchId, accountId, true);
        redirect.addFlashAttribute("savedKey", "accounts.saved.enabled");
        return "redirect:/branches/" + branchId + "/accounts";
    }
}
