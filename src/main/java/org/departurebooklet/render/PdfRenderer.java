package org.departurebooklet.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.Digests;
import org.departurebooklet.model.SchoolLogo;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns booklet XHTML into PDF with OpenHTMLtoPDF on PDFBox: our fonts, vector QR codes, tagged for
 * accessibility (PDF/UA-1) and archival (PDF/A-2u), and nothing loaded from outside.
 *
 * <p>Thread-safe and reusable: create one per process and call {@link #render} from any number of
 * threads. Output is deterministic for the same XHTML and creation time.
 */
public final class PdfRenderer {

  static {
    XRLog.setLoggingEnabled(false);
  }

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  private static final String BASE_URI = "about:booklet";

  private final FontLibrary library;

  /** Where the XHTML comes from, as messages name it: the booklet template's file. */
  private final String template;

  private final DocumentBuilderFactory xml = ClosedDoors.xmlFactory();

  /** The school's logo, compressed once for every booklet. */
  private final Optional<LogoDrawer.Samples> logo;

  public PdfRenderer(FontLibrary library) {
    this(library, "the booklet template");
  }

  /**
   * @param template how a message names the template the XHTML comes from, such as {@code
   *     /home/school/templates/booklet.mustache}
   */
  public PdfRenderer(FontLibrary library, String template) {
    this(library, template, Optional.empty());
  }

  /**
   * @param template how a message names the template the XHTML comes from
   * @param logo the school's logo, drawn wherever the XHTML has {@code <object
   *     type="application/x-school-logo">}
   */
  public PdfRenderer(FontLibrary library, String template, Optional<SchoolLogo> logo) {
    this.library = library;
    this.template = template;
    this.logo = logo.map(LogoDrawer.Samples::of);
  }

  /**
   * What {@link #render(PageFit, FontChoice, Instant, boolean, OutputStream)} wrote: the XHTML it
   * chose and its pages.
   */
  public record Written(String xhtml, int pages) {}

  /**
   * Renders XHTML to PDF, with or without the accessibility tags.
   *
   * @param fonts the fonts chosen for this booklet ({@link FontLibrary#choose})
   * @param created the creation date written into the PDF (fixed, so reruns give the same bytes)
   * @param tagged tag the structure for PDF/UA-1 and declare PDF/A-2u (the default); untagged
   *     output renders faster but conforms to neither
   * @return the number of pages
   */
  public int render(
      String xhtml, FontChoice fonts, Instant created, boolean tagged, OutputStream out)
      throws IOException {
    return render(PageFit.fixed(xhtml), fonts, created, tagged, out).pages();
  }

  /**
   * Renders the XHTML that {@code fit} makes to PDF, with the number of extra pages its layout
   * needs; see {@link #render(String, FontChoice, Instant, boolean, OutputStream)}.
   */
  public Written render(
      PageFit fit, FontChoice fonts, Instant created, boolean tagged, OutputStream out)
      throws IOException {
    int extra = fit.guess();
    String xhtml = fit.xhtml(extra);
    Attempt first =
        write(xhtml, fonts, created, tagged, out, pages -> fit.needed(pages, extra) == extra);
    if (first.written()) {
      return new Written(xhtml, first.pages());
    }
    int needed = fit.needed(first.pages(), extra);
    String refitted = fit.xhtml(needed);
    // Extra pages come after everything else, so the second count fits unless a template lets them
    // move the pages before them; then it is written as it is, and what it needed is remembered
    // for the next document (asked again here, so the memory follows the last layout).
    return new Written(
        refitted,
        write(
                refitted,
                fonts,
                created,
                tagged,
                out,
                pages -> {
                  fit.needed(pages, needed);
                  return true;
                })
            .pages());
  }

  /** A layout's page count, and whether it was written out. */
  private record Attempt(int pages, boolean written) {}

  /** Lays the XHTML out, and writes it to {@code out} if {@code keep} accepts its page count. */
  private Attempt write(
      String xhtml,
      FontChoice fonts,
      Instant created,
      boolean tagged,
      OutputStream out,
      IntPredicate keep)
      throws IOException {
    Document dom = parse(xhtml);
    ClosedDoors doors = new ClosedDoors();
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.testMode(
          true); // content streams stay uncompressed until PageStreams.tidy has read them
      builder.usePDDocument(doc);
      builder.withW3cDocument(dom, BASE_URI);
      builder.withProducer("Departure Booklet");
      if (tagged) {
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
      }
      DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
      drawers.registerDrawer(QrCodes.TYPE, QrCodes.INSTANCE);
      logo.ifPresent(samples -> drawers.registerDrawer(LogoDrawer.TYPE, samples.drawer()));
      builder.useObjectDrawerFactory(drawers);
      builder.useUnicodeLineBreaker(
          new JapaneseLineBreaker(dom.getDocumentElement().getAttribute("lang")));
      doors.apply(builder);
      try (FontLibrary.Lease lent = library.register(builder, doc, fonts)) {
        try (var renderer = builder.buildPdfRenderer()) {
          // Before layout: text in Devanagari or Myanmar is measured and drawn shaped.
          renderer.getSharedContext().setTextRenderer(new ShapingTextRenderer(library.shaper()));
          renderer.layout(); // which createPDFWithoutClosing then paints, without laying out again
          int pages = renderer.getRootBox().getLayer().getPages().size();
          if (!keep.test(pages)) {
            return new Attempt(pages, false);
          }
          renderer.createPDFWithoutClosing();
        }
        settle(doc, dom, created, xhtml);
        if (tagged) {
          dropEmptyAltTexts(doc);
        }
        PageStreams.tidy(doc);
        ByteArrayOutputStream saved = new ByteArrayOutputStream(256 * 1024);
        doc.save(saved); // embeds the font subsets: the lent faces are still read here
        out.write(XrefSelfEntry.add(saved.toByteArray()));
        return new Attempt(doc.getNumberOfPages(), true);
      }
    }
  }

  /**
   * The booklet's XHTML as a DOM.
   *
   * @throws BookletException (missing asset) naming the template, the line of its XHTML and what
   *     the parser found there, when the XHTML does not parse: the template is broken
   */
  private Document parse(String xhtml) {
    try {
      DocumentBuilder builder = xml.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // throw, never print
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXParseException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          template
              + " made XHTML that does not parse, at"
              + " line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + " of the XHTML: "
              + e.getMessage()
              + " (near "
              + near(xhtml, e.getLineNumber(), e.getColumnNumber())
              + "); check the template's markup",
          e);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("cannot parse XHTML: " + e.getMessage(), e);
    }
  }

  /** Up to 60 characters of the XHTML before {@code column} of {@code line}, quoted. */
  private static String near(String xhtml, int line, int column) {
    String[] lines = xhtml.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return "the end";
    }
    String text = lines[line - 1];
    int end = Math.max(0, Math.min(text.length(), column - 1));
    return "\"" + text.substring(Math.max(0, end - 60), end).strip() + "\"";
  }

  /** Fixes what would otherwise differ from run to run, and the document language. */
  private static void settle(PDDocument doc, Document dom, Instant created, String xhtml)
      throws IOException {
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(created.toEpochMilli());
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(when);
    info.setModificationDate(when);
    doc.getDocumentCatalog().setLanguage(dom.getDocumentElement().getAttribute("lang"));

    PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata != null) {
      String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      String stamp = created.toString().replaceFirst("\\.\\d+Z$", "Z");
      metadata.importXMPMetadata(setXmpDates(xmp, stamp).getBytes(StandardCharsets.UTF_8));
    }

    byte[] id = digest(xhtml, created);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static final COSName OBJR = COSName.getPDFName("OBJR");

  /**
   * OpenHTMLtoPDF gives every link element an alternate text, empty when the {@code <a>} has no
   * title. An alternate text stands in for the element's content, so an empty one would make a
   * screen reader announce the link as nothing: it is removed, and the link's own text is read.
   */
  private static void dropEmptyAltTexts(PDDocument doc) {
    COSDictionary root =
        doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
    if (root == null) {
      return;
    }
    Deque<COSBase> todo = new ArrayDeque<>();
    if (root.getDictionaryObject(COSName.K) != null) {
      todo.push(root.getDictionaryObject(COSName.K));
    }
    while (!todo.isEmpty()) {
      COSBase node = todo.pop();
      if (node instanceof COSArray kids) {
        for (COSBase kid : kids) {
          COSBase resolved = kid instanceof COSObject o ? o.getObject() : kid;
          if (resolved != null) {
            todo.push(resolved);
          }
        }
      } else if (node instanceof COSDictionary element
          && !element.containsKey(COSName.MCID)
          && !OBJR.equals(element.getCOSName(COSName.TYPE))) {
        if (element.getDictionaryObject(COSName.ALT) instanceof COSString alt
            && alt.getString().isEmpty()) {
          element.removeItem(COSName.ALT);
        }
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids != null) {
          todo.push(kids);
        }
      }
    }
  }

  private static final Pattern XMP_DATE =
      Pattern.compile("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)");

  private static String setXmpDates(String xmp, String stamp) {
    Matcher m = XMP_DATE.matcher(xmp);
    return m.replaceAll("$1" + stamp + "$2");
  }

  private static byte[] digest(String xhtml, Instant created) {
    MessageDigest md = Digests.sha256();
    md.update(xhtml.getBytes(StandardCharsets.UTF_8));
    md.update(created.toString().getBytes(StandardCharsets.UTF_8));
    return Arrays.copyOf(md.digest(), 16);
  }
}
