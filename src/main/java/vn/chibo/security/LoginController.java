package vn.chibo.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chibo.shared.DemoMode;

@Controller
class LoginController {

    private final DemoMode demoMode;

    LoginController(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demoMode.enabled());
        return "security/login";
    }
}
