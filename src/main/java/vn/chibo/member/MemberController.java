package vn.chibo.member;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /members/{id}}: the member's profile and monthly ratings. */
@Controller
class MemberController {

    private final MemberPageService pages;

    MemberController(MemberPageService pages) {
        this.pages = pages;
    }

    @GetMapping("/members/{id}")
    String show(@PathVariable long id, @PageableDefault(size = 24) Pageable pageable,
                @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("page", pages.page(id, pageable, year));
        return "member/show";
    }
}
