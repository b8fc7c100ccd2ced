package vn.chibo.accounts;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.security.AccountAdministration.Slip;
import vn.chibo.shared.PdfFonts;

/**
 * The slips handed to members on A4, two to a row with dashed borders to cut along: the app's
 * address, the member's name, the username and the one-time password. In Vietnamese, as the
 * secretary hands them out.
 */
@Component
class SlipsDocument {

    private final PdfFonts fonts;

    SlipsDocument(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void write(String branchName, String address, List<Slip> slips, OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Phiếu tài khoản Chibo – " + branchName);
        document.addCreator("Chibo");
        document.open();
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        for (Slip slip : slips) {
            table.addCell(slip(branchName, address, slip));
        }
        if (slips.size() % 2 == 1) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty);
        }
        document.add(table);
        document.close();
    }

    private PdfPCell slip(String branchName, String address, Slip slip) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(12);
        cell.setBorderWidth(0.5f);
        cell.addElement(new Paragraph("Tài khoản Chibo – " + branchName, fonts.bold(11)));
        cell.addElement(new Paragraph(slip.fullName(), fonts.bold(13)));
        cell.addElement(new Paragraph("Địa chỉ: " + address, fonts.regular(11)));
        cell.addElement(new Paragraph("Tên đăng nhập: " + slip.username(), fonts.regular(11)));
        cell.addElement(new Paragraph("Mật khẩu một lần: " + slip.password(), fonts.bold(12)));
        Paragraph note = new Paragraph("Khi đăng nhập lần đầu, Chibo sẽ yêu cầu đổi mật khẩu này.", fonts.italic(10));
        note.setAlignment(Element.ALIGN_LEFT);
        cell.addElement(note);
        return cell;
    }
}
