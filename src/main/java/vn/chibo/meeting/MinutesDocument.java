package vn.chibo.meeting;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.MeetingPage.AgendaView;
import vn.chibo.meeting.MeetingPage.AttendanceSummary;
import vn.chibo.meeting.MeetingPage.ResolutionView;
import vn.chibo.member.RollMember;
import vn.chibo.shared.PdfFonts;

/**
 * Biên bản sinh hoạt chi bộ on A4, laid out like the paper document: the party heading, the
 * title with the month, time and place, chair and recorder, the roll summary with absences and
 * their reasons, the content item by item, the members commended and criticised, the resolution
 * and its vote, and the signatures.
 * The document is in Vietnamese whatever the interface language, as the record itself is.
 */
@Component
class MinutesDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PdfFonts fonts;

    MinutesDocument(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The minutes; {@code place} begins the date line ("Cô Tô, ngày …"), none when null. */
    void write(MeetingPage meeting, String place, Map<Long, Commendations.Entry> commendations, OutputStream out) {
        Document document = new Document(PageSize.A4, 70, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Biên bản sinh hoạt chi bộ tháng " + month(meeting));
        document.addCreator("Chibo");
        document.open();
        heading(document, meeting, place);
        title(document, meeting);
        opening(document, meeting);
        content(document, meeting);
        commendations(document, meeting, commendations);
        resolution(document, meeting.resolution());
        closing(document, meeting);
        signatures(document, meeting);
        document.close();
    }

    private void heading(Document document, MeetingPage meeting, String place) {
        PdfPTable table = new PdfPTable(new float[] {1, 1});
        table.setWidthPercentage(100);
        Paragraph left = new Paragraph();
        left.setAlignment(Element.ALIGN_CENTER);
        if (meeting.committeeName() != null) {
            left.add(new Chunk(upper(meeting.committeeName()) + "\n", fonts.regular(12)));
        }
        left.add(new Chunk(upper(meeting.branch().name()) + "\n", fonts.bold(12)));
        left.add(new Chunk("*", fonts.regular(12)));
        Paragraph right = new Paragraph();
        right.setAlignment(Element.ALIGN_CENTER);
        right.add(new Chunk("ĐẢNG CỘNG SẢN VIỆT NAM\n", fonts.boldUnderlined(12)));
        LocalDate day = meeting.heldOn();
        if (day != null) {
            right.add(new Chunk(String.format("\n%sngày %02d tháng %02d năm %d", place == null ? "" : place + ", ",
                    day.getDayOfMonth(), day.getMonthValue(), day.getYear()), fonts.italic(12)));
        }
        table.addCell(cell(left));
        table.addCell(cell(right));
        document.add(table);
    }

    private void title(Document document, MeetingPage meeting) {
        Paragraph title = new Paragraph("BIÊN BẢN\n", fonts.bold(15));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(18);
        title.add(new Chunk("Sinh hoạt chi bộ tháng " + month(meeting), fonts.bold(13)));
        if (meeting.kind() != MeetingKind.REGULAR) {
            title.add(new Chunk("\n(" + kind(meeting.kind()) + ")", fonts.italic(12)));
        }
        title.setSpacingAfter(12);
        document.add(title);
    }

    private void opening(Document document, MeetingPage meeting) {
        line(document, "Thời gian: ", meeting.startsAt() == null || meeting.heldOn() == null ? "…"
                : "bắt đầu lúc " + time(meeting.startsAt()) + ", ngày " + date(meeting.heldOn()) + ".");
        line(document, "Địa điểm: ", meeting.location() == null ? "…" : meeting.location() + ".");
        line(document, "Chủ trì: ", (meeting.chairName() == null ? "…" : "đồng chí " + meeting.chairName())
                + ".   Thư ký: " + (meeting.recorderName() == null ? "…" : "đồng chí " + meeting.recorderName()) + ".");
        AttendanceSummary s = meeting.summary();
        line(document, "Đảng viên dự họp: ", String.format(VIETNAMESE,
                "tổng số %d đồng chí; miễn sinh hoạt %d; có mặt %d; vắng %d (có lý do %d, đi công tác %d, không lý do %d).",
                s.total(), s.exempt(), s.present(), s.excused() + s.onDuty() + s.unexcused(), s.excused(), s.onDuty(),
                s.unexcused()));
        if (!s.absences().isEmpty()) {
            String absences = s.absences().stream().map(a -> "đồng chí " + a.name() + " ("
                    + absence(a.status()) + (a.reason() == null ? "" : ": " + a.reason()) + ")")
                    .collect(Collectors.joining("; "));
            line(document, "Vắng: ", absences + ".");
        }
    }

    private void content(Document document, MeetingPage meeting) {
        Paragraph heading = new Paragraph("NỘI DUNG", fonts.bold(13));
        heading.setSpacingBefore(10);
        document.add(heading);
        for (AgendaView item : meeting.agenda()) {
            Paragraph title = new Paragraph((item.position() + 1) + ". " + item.title()
                    + (item.directiveCodes().isEmpty() ? "" : " (" + String.join(", ", item.directiveCodes()) + ")"),
                    fonts.bold(13));
            title.setSpacingBefore(6);
            document.add(title);
            Paragraph text = new Paragraph(item.minutes() == null ? "…" : item.minutes(), fonts.regular(13));
            text.setAlignment(Element.ALIGN_JUSTIFIED);
            text.setFirstLineIndent(20);
            document.add(text);
        }
    }

    /** Biểu dương, phê bình: each member the meeting commended or criticised, in the order of the roll. */
    private void commendations(Document document, MeetingPage meeting, Map<Long, Commendations.Entry> commendations) {
        if (commendations.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph("BIỂU DƯƠNG, PHÊ BÌNH", fonts.bold(13));
        heading.setSpacingBefore(10);
        document.add(heading);
        for (RollMember member : meeting.roll()) {
            Commendations.Entry entry = commendations.get(member.id());
            if (entry != null) {
                line(document, (entry.kind() == CommendationKind.COMMENDATION ? "Biểu dương" : "Phê bình")
                        + " đồng chí " + member.fullName() + ": ", entry.note());
            }
        }
    }

    private void resolution(Document document, ResolutionView resolution) {
        Paragraph heading = new Paragraph("NGHỊ QUYẾT VÀ BIỂU QUYẾT", fonts.bold(13));
        heading.setSpacingBefore(10);
        document.add(heading);
        if (!resolution.recorded()) {
            document.add(new Paragraph("…", fonts.regular(13)));
            return;
        }
        Paragraph text = new Paragraph(resolution.text(), fonts.regular(13));
        text.setAlignment(Element.ALIGN_JUSTIFIED);
        document.add(text);
        line(document, "Kết quả biểu quyết: ", String.format(
                "tán thành %d/%d đồng chí được biểu quyết; không tán thành %d; ý kiến khác %d. %s",
                resolution.votesFor(), resolution.eligible(), resolution.votesAgainst(), resolution.votesOther(),
                resolution.passes() ? "Nghị quyết được thông qua." : "Nghị quyết chưa được thông qua."));
    }

    private void closing(Document document, MeetingPage meeting) {
        if (meeting.endsAt() != null) {
            Paragraph end = new Paragraph("Buổi sinh hoạt kết thúc lúc " + time(meeting.endsAt())
                    + " cùng ngày. Biên bản đã được thông qua trước chi bộ.", fonts.regular(13));
            end.setSpacingBefore(10);
            document.add(end);
        }
    }

    private void signatures(Document document, MeetingPage meeting) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(24);
        table.addCell(signature("THƯ KÝ", meeting.recorderName()));
        table.addCell(signature("CHỦ TRÌ", meeting.chairName()));
        document.add(table);
    }

    private PdfPCell signature(String role, String name) {
        Paragraph p = new Paragraph();
        p.setAlignment(Element.ALIGN_CENTER);
        p.add(new Chunk(role + "\n", fonts.bold(13)));
        p.add(new Chunk("(Ký, ghi rõ họ tên)\n\n\n\n", fonts.italic(11)));
        p.add(new Chunk(name == null ? "" : name, fonts.bold(13)));
        return cell(p);
    }

    private void line(Document document, String label, String text) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(label, fonts.bold(13)));
        p.add(new Phrase(text, fonts.regular(13)));
        p.setSpacingAfter(2);
        document.add(p);
    }

    private static PdfPCell cell(Paragraph content) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.addElement(content);
        return cell;
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    private static String month(MeetingPage meeting) {
        return String.format("%02d/%d", meeting.period().getMonthValue(), meeting.period().getYear());
    }

    private static String date(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private static String time(LocalTime time) {
        return String.format("%02d giờ %02d", time.getHour(), time.getMinute());
    }

    private static String kind(MeetingKind kind) {
        return switch (kind) {
            case COMBINED -> "thường kỳ kết hợp chuyên đề";
            case THEMATIC -> "sinh hoạt chuyên đề";
            case EXTRAORDINARY -> "sinh hoạt bất thường";
            case REGULAR -> "thường kỳ";
        };
    }

    private static String absence(AttendanceStatus status) {
        return switch (status) {
            case EXCUSED -> "vắng có lý do";
            case ON_DUTY -> "đi công tác";
            case UNEXCUSED -> "vắng không lý do";
            default -> "";
        };
    }

}
