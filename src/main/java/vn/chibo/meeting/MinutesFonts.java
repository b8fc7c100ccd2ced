package vn.chibo.meeting;

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
class MinutesFonts {

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;

    MinutesFonts() {
        this.regular = load("LiberationSerif-Regular.ttf");
        this.bold = load("LiberationSerif-Bold.ttf");
        this.italic = load("LiberationSerif-Italic.ttf");
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font italic(float size) {
        return new Font(italic, size);
    }

    Font boldUnderlined(float size) {
        return new Font(bold, size, Font.UNDERLINE);
    }

    private static BaseFont load(String file) {
        try (InputStream in = MinutesFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
