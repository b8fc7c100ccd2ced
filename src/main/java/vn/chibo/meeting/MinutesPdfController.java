package vn.chibo.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.chibo.organization.OrganizationService;

/** The printable minutes of a meeting, for whoever may read the meeting. */
@Controller
class MinutesPdfController {

    private final MeetingPages pages;
    private final MinutesDocument document;
    private final Commendations commendations;
    private final OrganizationService organizations;

    MinutesPdfController(MeetingPages pages, MinutesDocument document, Commendations commendations,
                         OrganizationService organizations) {
        this.commendations = commendations;
        this.organizations = organizations;
        this.pages = pages;
        this.document = document;
    }

    @GetMapping("/branches/{branchId}/meetings/{period}/minutes.pdf")
    void monthMinutes(@PathVariable long branchId, @PathVariable YearMonth period, HttpServletResponse response)
            throws IOException {
        write(pages.regularPage(branchId, period).orElseThrow(() -> new MeetingNotFoundException(period)), response);
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    void minutes(@PathVariable long id, HttpServletResponse response) throws IOException {
        write(pages.page(id), response);
    }

    private void write(MeetingPage meeting, HttpServletResponse response) throws IOException {
        // Rendered in memory first (a few tens of kilobytes), so a failure never leaves half a file.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.write(meeting, organizations.place(meeting.branch()).orElse(null),
                commendations.ofMeeting(meeting.id()), pdf);
        String name = String.format("bien-ban-%s-%d-%02d.pdf", meeting.branch().code(), meeting.period().getYear(),
                meeting.period().getMonthValue());
        response.setContentType("application/pdf");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(name).build().toString());
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
