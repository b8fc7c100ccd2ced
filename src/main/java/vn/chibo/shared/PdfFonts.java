package vn.chibo.shared;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Liberation Serif (metric-compatible with Times New Roman, the face of Vietnamese official
 * documents), embedded in every PDF so that every Vietnamese letter prints on any machine.
 * Loaded once from the OpenPDF fonts jar.
 */
@Component
public class PdfFonts {

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;

    PdfFonts() {
        this.regular = load("LiberationSerif-Regular.ttf");
        this.bold = load("LiberationSerif-Bold.ttf");
        this.italic = load("LiberationSerif-Italic.ttf");
    }

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    public Font italic(float size) {
        return new Font(italic, size);
    }

    public Font boldUnderlined(float size) {
        return new Font(bold, size, Font.UNDERLINE);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
