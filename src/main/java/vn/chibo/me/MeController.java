package vn.chibo.me;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.YearMonth;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.me.MeForms.ProgressForm;
import vn.chibo.rating.RatingService;
import vn.chibo.shared.InvalidInputException;
import vn.chibo.task.MemberProgress;
import vn.chibo.task.TaskCadence;
import vn.chibo.task.TaskService;
import vn.chibo.task.TaskView;

/** The member's own pages: start page, ratings, tasks. Only ever about the logged-in member. */
@Controller
class MeController {

    static final int HISTORY_PAGE = 24;
    static final int TASKS_PAGE = 20;

    private final MeService me;
    private final RatingService ratings;
    private final TaskService tasks;

    MeController(MeService me, RatingService ratings, TaskService tasks) {
        this.me = me;
        this.ratings = ratings;
        this.tasks = tasks;
    }

    @GetMapping("/me")
    String home(Model model) {
        model.addAttribute("page", me.page());
        return "me/home";
    }

    @GetMapping("/me/ratings")
    String ratings(@RequestParam(defaultValue = "0") int page, Model model) {
        YearMonth month = me.currentMonth();
        model.addAttribute("member", me.me());
        model.addAttribute("strip", me.strip(month));
        model.addAttribute("history", ratings.myHistory(PageRequest.of(Math.max(page, 0), HISTORY_PAGE)));
        return "me/ratings";
    }

    @GetMapping("/me/ratings/{period}")
    String rating(@PathVariable YearMonth period, Model model) {
        model.addAttribute("member", me.me());
        model.addAttribute("period", period);
        model.addAttribute("rating", ratings.mine(period).orElseThrow(() -> new RatingNotFoundException(period)));
        return "me/rating";
    }

    @GetMapping("/me/tasks")
    String tasks(@RequestParam(defaultValue = "open") String status, @RequestParam(required = false) TaskCadence cadence,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("progress", new ProgressForm());
        return showTasks(status, cadence, page, model);
    }

    @PostMapping("/me/tasks/{id}/progress")
    String progress(@PathVariable long id, @Valid @ModelAttribute("progress") ProgressForm form, BindingResult result,
                    @RequestParam(defaultValue = "open") String status,
                    @RequestParam(required = false) TaskCadence cadence, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("progressTaskId", id);
            return showTasks(status, cadence, 0, model);
        }
        tasks.reportProgress(id, form.getProgress(), form.getNote());
        redirect.addFlashAttribute("savedKey", form.getProgress() == MemberProgress.DONE ? "me.tasks.saved.done"
                : "me.tasks.saved.inProgress");
        redirect.addAttribute("status", status);
        if (cadence != null) {
            redirect.addAttribute("cadence", cadence);
        }
        return "redirect:/me/tasks";
    }

    @PostMapping("/me/tasks/{id}/week")
    String week(@PathVariable long id, @RequestParam(defaultValue = "true") boolean done,
                @RequestParam(defaultValue = "open") String status, @RequestParam(required = false) TaskCadence cadence,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            tasks.reportWeek(id, done);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("progress", new ProgressForm());
            model.addAttribute("refusedKey", e.problems().get(0).messageKey());
            return showTasks(status, cadence, 0, model);
        }
        redirect.addFlashAttribute("savedKey", done ? "me.tasks.saved.week" : "me.tasks.saved.weekUndone");
        redirect.addAttribute("status", status);
        if (cadence != null) {
            redirect.addAttribute("cadence", cadence);
        }
        return "redirect:/me/tasks";
    }

    private String showTasks(String status, TaskCadence cadence, int page, Model model) {
        Boolean open = switch (status) {
            case "done" -> false;
            case "all" -> null;
            default -> true;
        };
        model.addAttribute("member", me.me());
        model.addAttribute("status", open == null ? "all" : open ? "open" : "done");
        model.addAttribute("cadence", cadence);
        model.addAttribute("cadences", TaskCadence.values());
        model.addAttribute("progressOptions", MemberProgress.values());
        model.addAttribute("today", me.today());
        Page<TaskView> mine = tasks.mine(open, cadence, PageRequest.of(Math.max(page, 0), TASKS_PAGE));
        model.addAttribute("tasks", mine);
        model.addAttribute("weeks", tasks.weeksOf(mine.getContent()));
        return "me/tasks";
    }
}
