package vn.chibo.dashboard;

import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    String show(@RequestParam(required = false) Long org, @RequestParam(required = false) YearMonth period,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", dashboards.dashboard(org, period, page));
        return "dashboard/show";
    }
}
