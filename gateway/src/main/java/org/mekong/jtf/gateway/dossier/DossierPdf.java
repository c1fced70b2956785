package org.mekong.jtf.gateway.dossier;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import org.mekong.jtf.gateway.config.GatewayConfig;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dossier as a document a liaison officer can hand over at a bilateral meeting: every page
 * carries the dossier's TLP (the most restrictive of what it contains) and handling code at the top
 * and the bottom, with who it was generated for; missing parts are said on the first page, so a
 * degraded dossier cannot pass for a complete one. CPU work: call it off the event loop.
 */
@Singleton
public class DossierPdf {

    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
    /** FIRST TLP 2.0 colours (text on black). */
    private static final Map<String, Color> TLP_COLOURS = Map.of(
            "CLEAR", Color.WHITE, "GREEN", new Color(0x33, 0xFF, 0x00), "AMBER", new Color(0xFF, 0xC0, 0x00),
            "AMBER+STRICT", new Color(0xFF, 0xC0, 0x00), "RED", new Color(0xFF, 0x2B, 0x2B));

    private final List<BaseFont> regular = new ArrayList<>();
    private final BaseFont bold;

    public DossierPdf(GatewayConfig config) {
        regular.add(embedded("DejaVuSans.ttf", classpath(DEJAVU + "DejaVuSans.ttf")));
        for (String extra : config.dossier().extraFonts().orElse(List.of())) {
            try {
                regular.add(embedded(extra, Files.readAllBytes(Path.of(extra))));
            } catch (IOException e) {
                throw new IllegalStateException("gateway.dossier.extra-fonts: cannot read " + extra, e);
            }
        }
        bold = embedded("DejaVuSans-Bold.ttf", classpath(DEJAVU + "DejaVuSans-Bold.ttf"));
    }

    public byte[] render(JsonObject dossier) {
        String tlp = "TLP:" + (dossier.getString("tlp") == null ? "CLEAR" : dossier.getString("tlp"));
        String handling = dossier.getString("handling") == null ? "no handling code" : "handling " + dossier.getString("handling");
        JsonObject theCase = dossier.getJsonObject("case");
        String title = theCase == null ? "Case " + dossier.getString("caseId")
                : theCase.getString("reference", "") + " — " + theCase.getString("title", "");
        JsonObject generatedFor = dossier.getJsonObject("generatedFor", new JsonObject());
        String footer = "Generated " + dossier.getString("generatedAt") + " for " + generatedFor.getString("officer")
                + " (" + generatedFor.getString("agency") + ") · " + tlp + " · " + handling;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 64, 54);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Marking(tlp, handling, footer));
        document.addTitle("Case dossier " + title);
        document.addSubject(tlp + ", " + handling);
        document.open();

        document.add(new Paragraph(text("Case dossier: " + title, 15, true)));
        completeness(document, dossier);
        if (theCase != null) {
            section(document, "Case");
            PdfPTable facts = new PdfPTable(2);
            facts.setWidthPercentage(100);
            facts.setWidths(new float[] {1, 3});
            for (String key : List.of("reference", "title", "status", "priority", "tlp", "leadAgency", "participatingAgencies",
                    "openedOn", "closedOn", "summary")) {
                facts.addCell(cell(key, true));
                facts.addCell(cell(value(theCase.getValue(key)), false));
            }
            document.add(facts);
        }
        table(document, "Subjects", dossier.getJsonArray("subjects"), List.of("Name", "Aliases", "Nationality", "Born", "Role", "Status"),
                r -> List.of(str(r, "fullName"), value(r.getValue("aliases")), str(r, "nationality"), str(r, "dateOfBirth"),
                        str(r, "role"), str(r, "status")));
        table(document, "Arrests", dossier.getJsonArray("arrests"), List.of("When", "Where", "Agency", "Subject"),
                r -> List.of(str(r, "arrestedAt"), join(str(r, "country"), str(r, "province"), str(r, "place")),
                        str(r, "arrestingAgency"), subjectName(dossier, str(r, "subjectId"))));
        table(document, "Seizures", dossier.getJsonArray("seizures"), List.of("When", "Where", "Substance", "Quantity", "Agencies", "Marks"),
                r -> List.of(str(r, "seizedAt"), join(str(r, "country"), str(r, "province"), str(r, "place")),
                        str(r, "substanceName").isEmpty() ? str(r, "substance") : str(r, "substanceName"),
                        str(r, "quantity") + " " + str(r, "unit"), value(r.getValue("seizingAgencies")),
                        join(str(r, "tabletLogo"), str(r, "packagingMarks"))));
        table(document, "Seized assets", dossier.getJsonArray("assets"), List.of("When", "Type", "Count", "Value", "Description", "Agency"),
                r -> List.of(str(r, "seizedAt"), str(r, "type"), str(r, "count"), join(str(r, "estimatedValue"), str(r, "currency")),
                        str(r, "description"), str(r, "seizingAgency")));
        table(document, "Extraditions", dossier.getJsonArray("extraditions"), List.of("Subject", "From → to", "Basis", "Status", "Requested"),
                r -> List.of(subjectName(dossier, str(r, "subjectId")), str(r, "requestedCountry") + " → " + str(r, "requestingCountry"),
                        join(str(r, "legalBasis"), str(r, "agreement")), str(r, "status"), str(r, "requestedOn")));
        table(document, "Intelligence reports", dossier.getJsonArray("intelReports"), List.of("Reference", "Title", "From", "Grading", "TLP", "Handling"),
                r -> List.of(str(r, "reference"), str(r, "title"), str(r, "originatorAgency"),
                        r.getJsonObject("grading") == null ? "" : str(r.getJsonObject("grading"), "code"), str(r, "tlp"), str(r, "handling")));
        table(document, "Early warnings", dossier.getJsonArray("earlyWarnings"), List.of("Reference", "Title", "From", "TLP", "Handling"),
                r -> List.of(str(r, "reference"), str(r, "title"), str(r, "originatorAgency"), str(r, "tlp"), str(r, "handling")));
        JsonArray taskForces = dossier.getJsonArray("taskForces");
        table(document, "Task forces", taskForces, List.of("Reference", "Name", "Status", "Countries", "Members", "Deployments", "Tasks"),
                r -> List.of(str(r, "reference"), str(r, "name"), str(r, "status"), value(r.getValue("countries")),
                        members(r.getJsonArray("members")), count(r.getJsonArray("deployments")), count(r.getJsonArray("tasks"))));
        table(document, "Open hotline threads", dossier.getJsonArray("hotlineThreads"), List.of("Reference", "From → to", "Priority", "Status", "Subject"),
                r -> List.of(str(r, "reference"), str(r, "fromAgency") + " → " + str(r, "toAgency"), str(r, "priority"),
                        str(r, "status"), str(r, "subject")));
        table(document, "Correlation hits", dossier.getJsonArray("correlationHits"), List.of("Type", "Visibility", "Why", "Matched or held by"),
                r -> List.of(str(r, "type"), str(r, "visibility"), str(r, "explanation"), r.getJsonObject("matched") != null
                        ? join(str(r.getJsonObject("matched"), "reference"), str(r.getJsonObject("matched"), "title"))
                        : str(r, "heldBy")));
        table(document, "Timeline", dossier.getJsonArray("timeline"), List.of("When", "Agency", "What", "Summary"),
                r -> List.of(str(r, "occurredAt"), str(r, "agency"), str(r, "type"), str(r, "summary")));
        document.close();
        return out.toByteArray();
    }

    private void completeness(Document document, JsonObject dossier) {
        List<String> missing = new ArrayList<>();
        for (String list : List.of("degraded", "withheld")) {
            for (Object entry : dossier.getJsonArray(list, new JsonArray())) {
                JsonObject e = entry instanceof JsonObject o ? o : new JsonObject(castMap(entry));
                missing.add((list.equals("degraded") ? "Missing: " : "Withheld: ") + e.getString("part") + " (" + e.getString("reason") + ")");
            }
        }
        List<String> cut = new ArrayList<>();
        for (Object entry : dossier.getJsonArray("truncated", new JsonArray())) {
            JsonObject e = entry instanceof JsonObject o ? o : new JsonObject(castMap(entry));
            cut.add("Cut: " + e.getString("part") + " shows " + e.getValue("shown") + " of " + e.getValue("total"));
        }
        String said = (missing.isEmpty() ? "Every service answered." : "Incomplete dossier. " + String.join("; ", missing) + ".")
                + (cut.isEmpty() ? "" : " " + String.join("; ", cut) + ".");
        Paragraph paragraph = new Paragraph(text(said, 9, !missing.isEmpty()));
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    private void section(Document document, String name) {
        Paragraph heading = new Paragraph(text(name, 12, true));
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    /** A section per list: "not available" when its service did not answer, "none" when empty. */
    private void table(Document document, String name, JsonArray rows, List<String> headers, Function<JsonObject, List<String>> columns) {
        section(document, name);
        if (rows == null) {
            document.add(new Paragraph(text("Not available (see above).", 9, false)));
            return;
        }
        if (rows.isEmpty()) {
            document.add(new Paragraph(text("None.", 9, false)));
            return;
        }
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(cell(h, true)));
        for (Object row : rows) {
            JsonObject record = row instanceof JsonObject o ? o : new JsonObject(castMap(row));
            columns.apply(record).forEach(v -> table.addCell(cell(v, false)));
        }
        document.add(table);
    }

    private PdfPCell cell(String value, boolean header) {
        PdfPCell cell = new PdfPCell(text(value, 8, header));
        if (header) {
            cell.setBackgroundColor(new Color(0xE8, 0xE8, 0xE8));
        }
        cell.setPadding(3);
        return cell;
    }

    /** A phrase in DejaVu Sans, falling back to the extra fonts for characters it lacks. */
    private Phrase text(String value, float size, boolean strong) {
        if (strong) {
            FontSelector selector = new FontSelector();
            selector.addFont(new Font(bold, size));
            regular.stream().skip(1).forEach(f -> selector.addFont(new Font(f, size)));
            return selector.process(value == null ? "" : value);
        }
        FontSelector selector = new FontSelector();
        regular.forEach(f -> selector.addFont(new Font(f, size)));
        return selector.process(value == null ? "" : value);
    }

    /** The marking on every page, drawn when the page ends. */
    private final class Marking extends PdfPageEventHelper {
        private final String tlp;
        private final String handling;
        private final String footer;

        Marking(String tlp, String handling, String footer) {
            this.tlp = tlp;
            this.handling = handling;
            this.footer = footer;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float top = document.getPageSize().getTop() - 30;
            float left = document.left();
            Font label = new Font(bold, 10, Font.NORMAL, TLP_COLOURS.getOrDefault(tlp.substring(4), Color.WHITE));
            Chunk marking = new Chunk(" " + tlp + " ", label);
            marking.setBackground(Color.BLACK);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(marking), left, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(new Chunk(handling, new Font(bold, 10))),
                    document.right(), top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(marking), left, document.bottom() - 20, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, text(footer + " · page " + writer.getPageNumber(), 7, false),
                    document.right(), document.bottom() - 20, 0);
        }
    }

    private static String subjectName(JsonObject dossier, String subjectId) {
        JsonArray subjects = dossier.getJsonArray("subjects");
        if (subjects != null) {
            for (Object s : subjects) {
                JsonObject subject = s instanceof JsonObject o ? o : new JsonObject(castMap(s));
                if (subjectId.equals(subject.getString("id"))) {
                    return subject.getString("fullName");
                }
            }
        }
        return subjectId;
    }

    private static String members(JsonArray members) {
        if (members == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Object m : members) {
            JsonObject member = m instanceof JsonObject o ? o : new JsonObject(castMap(m));
            names.add(str(member, "name") + " (" + str(member, "agency") + ", " + str(member, "role") + ")");
        }
        return String.join("\n", names);
    }

    private static String count(JsonArray list) {
        return list == null ? "not available" : Integer.toString(list.size());
    }

    private static String str(JsonObject record, String key) {
        Object value = record.getValue(key);
        return value == null ? "" : value(value);
    }

    private static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof JsonArray array) {
            return String.join(", ", array.stream().map(String::valueOf).toList());
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static byte[] classpath(String resource) {
        try (InputStream in = DossierPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont embedded(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
