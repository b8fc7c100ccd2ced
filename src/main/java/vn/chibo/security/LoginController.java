package vn.chibo.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chibo.shared.DemoMode;

@Controller
class LoginController {

    private final DemoMode demoMode;
    private final AccountRepository accounts;

    LoginController(DemoMode demoMode, AccountRepository accounts) {
        this.demoMode = demoMode;
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demoMode.enabled());
        model.addAttribute("noAccount", !accounts.anyAccount());
        return "security/login";
    }
}
