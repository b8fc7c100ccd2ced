package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.task.NewTask;
import vn.chibo.task.TaskCadence;
import vn.chibo.task.TaskKind;
import vn.chibo.task.TaskResult;
import vn.chibo.task.TaskSource;
import vn.chibo.task.TaskView;

/** Step 4: review of the tasks given before, and new tasks for each member. */
@Controller
class TaskStepController {

    private final StepPages steps;
    private final MeetingPages pages;
    private final TaskStep tasks;

    TaskStepController(StepPages steps, MeetingPages pages, TaskStep tasks) {
        this.steps = steps;
        this.pages = pages;
        this.tasks = tasks;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("resultOptions", TaskResult.values());
        model.addAttribute("kindOptions", TaskKind.values());
        model.addAttribute("cadenceOptions", TaskCadence.values());
        model.addAttribute("sourceOptions", TaskSource.values());
    }

    @GetMapping("/meetings/{id}/tasks")
    String show(@PathVariable long id, Model model) {
        MeetingPage meeting = pages.page(id);
        TaskStep.Tasks list = tasks.tasks(id);
        TaskReviewForm review = new TaskReviewForm();
        review.setVersion(meeting.version());
        for (TaskView task : list.toReview()) {
            review.getResults().put(task.id(), task.result());
        }
        for (TaskView task : list.reviewedHere()) {
            review.getResults().put(task.id(), task.result());
        }
        NewTaskForm form = new NewTaskForm();
        form.setVersion(meeting.version());
        model.addAttribute("review", review);
        model.addAttribute("form", form);
        return show(id, model, list);
    }

    private String show(long id, Model model, TaskStep.Tasks list) {
        model.addAttribute("tasks", list);
        return steps.show(id, "tasks", model);
    }

    @PostMapping("/meetings/{id}/tasks/review")
    String review(@PathVariable long id, @ModelAttribute("review") TaskReviewForm review, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("tasks", tasks.tasks(id));
        model.addAttribute("form", newTaskForm(review.getVersion()));
        return steps.save(id, "tasks", review, result, model, response, redirect,
                () -> tasks.review(id, review.getVersion(), review.getResults()));
    }

    @PostMapping("/meetings/{id}/tasks")
    String assign(@PathVariable long id, @Valid @ModelAttribute("form") NewTaskForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TaskStep.Tasks list = tasks.tasks(id);
        model.addAttribute("tasks", list);
        TaskReviewForm review = new TaskReviewForm();
        review.setVersion(form.getVersion());
        list.toReview().forEach(task -> review.getResults().put(task.id(), task.result()));
        model.addAttribute("review", review);
        String view = steps.save(id, "tasks", form, result, model, response, redirect,
                () -> tasks.assign(id, form.getVersion(), new NewTask(form.getAssigneeId(), form.getKind(),
                        form.getCadence(), form.getSource(), form.getTitle(), form.getDescription(), form.getDueOn())));
        // After giving a task the secretary usually gives the next one: come back to this step.
        return view.startsWith("redirect:") ? "redirect:/meetings/" + id + "/tasks" : view;
    }

    @PostMapping("/meetings/{id}/tasks/{taskId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long taskId, @RequestParam long version,
                    RedirectAttributes redirect) {
        try {
            tasks.withdraw(id, version, taskId);
            redirect.addFlashAttribute("savedKey", "meeting.saved.taskWithdrawn");
        } catch (StaleMeetingException e) {
            redirect.addFlashAttribute("errorKey", "meeting.error.stale");
        }
        return "redirect:/meetings/" + id + "/tasks";
    }

    private static NewTaskForm newTaskForm(long version) {
        NewTaskForm form = new NewTaskForm();
        form.setVersion(version);
        return form;
    }
}
