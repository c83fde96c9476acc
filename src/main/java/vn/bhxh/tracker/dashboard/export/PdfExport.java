package vn.bhxh.tracker.dashboard.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The export as a report laid out after Decree 30/2020/NĐ-CP (administrative documents): a
 * Thymeleaf template rendered to XHTML, then to A4 PDF by openhtmltopdf, in Liberation Serif
 * (Times-compatible, with every Vietnamese glyph) embedded from the application's own resources.
 */
@Component
public class PdfExport {

    static final String FONT_FAMILY = "Liberation Serif";

    private final ITemplateEngine templates;
    private final Map<String, byte[]> fonts = new LinkedHashMap<>();

    PdfExport(ITemplateEngine templates) {
        this.templates = templates;
        for (String style : new String[] {"Regular", "Bold", "Italic", "BoldItalic"}) {
            try (InputStream in = new ClassPathResource("fonts/LiberationSerif-" + style + ".ttf").getInputStream()) {
                fonts.put(style, in.readAllBytes());
            } catch (IOException missing) {
                throw new UncheckedIOException("font LiberationSerif-" + style + ".ttf missing from the resources", missing);
            }
        }
    }

    public void write(Export export, OutputStream out) throws IOException {
        Context context = new Context(DashboardExports.VIETNAMESE);
        context.setVariable("export", export);
        Map<String, String> lines = new LinkedHashMap<>();
        export.summaryLines().forEach((label, value) -> lines.put(label, value == null ? "—"
                : value instanceof BigDecimal rate ? rate.toPlainString().replace('.', ',') : value.toString()));
        context.setVariable("summaryLines", lines);
        String html = templates.process("dashboard/export-pdf", context);

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "Regular", 400, FontStyle.NORMAL);
        font(builder, "Bold", 700, FontStyle.NORMAL);
        font(builder, "Italic", 400, FontStyle.ITALIC);
        font(builder, "BoldItalic", 700, FontStyle.ITALIC);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    private void font(PdfRendererBuilder builder, String style, int weight, FontStyle fontStyle) {
        byte[] bytes = fonts.get(style);
        builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(bytes), FONT_FAMILY, weight, fontStyle, true);
    }
}
