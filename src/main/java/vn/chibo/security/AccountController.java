package vn.chibo.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.shared.FormErrors;
import vn.chibo.shared.InvalidInputException;

/** {@code /account}: everyone changes their own password here; a one-time password leads here first. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final AccessPolicy access;
    private final LoginProperties properties;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(AccountService accounts, AccessPolicy access, LoginProperties properties) {
        this.accounts = accounts;
        this.access = access;
        this.properties = properties;
    }

    @GetMapping("/account")
    String show(Model model) {
        model.addAttribute("form", new PasswordForm());
        return page(model);
    }

    @PostMapping("/account")
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        ChiboUser user = access.currentUser();
        try {
            long stamp = accounts.changeOwnPassword(user, form);
            keepThisSession(user.withPasswordChanged(stamp), request, response);
            redirect.addFlashAttribute("savedKey", "account.password.saved");
            return "redirect:/account";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            // Passwords are never written back into the page.
            model.addAttribute("form", new PasswordForm());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("user", access.currentUser());
        model.addAttribute("passwordMinLength", properties.passwordMinLength());
        return "security/account";
    }

    /** This session goes on under the new stamp; the account's other sessions end at their next request. */
    private void keepThisSession(ChiboUser changed, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
                changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
