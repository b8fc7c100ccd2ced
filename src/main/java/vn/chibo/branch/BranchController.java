package vn.chibo.branch;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /branches/{id}}: the branch page. */
@Controller
class BranchController {

    private final BranchService branches;

    BranchController(BranchService branches) {
        this.branches = branches;
    }

    @GetMapping("/branches/{id}")
    String show(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("page", branches.page(id, pageable));
        return "branch/show";
    }
}
