package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.util.XRLog;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.Test;

/**
 * Guards what {@link ShapingTextRenderer} extends in OpenHTMLtoPDF: if an upgrade renames, removes
 * or stops calling any of it, this fails (the shaping tests, {@link NepaliShapingTest} and {@link
 * NepaliTextLayerTest}, then say what a reader would see). Latin, Japanese and Vietnamese text
 * stays on OpenHTMLtoPDF's own path.
 */
class ShapingTextRendererTest {

  @Test
  void itOverridesExactlyTheTextRenderersMeasuringAndDrawing() throws NoSuchMethodException {
    assertFalse(
        Modifier.isFinal(PdfBoxTextRenderer.class.getModifiers()),
        "PdfBoxTextRenderer can be extended");
    Set<String> overridden =
        Arrays.stream(ShapingTextRenderer.class.getDeclaredMethods())
            .filter(
                m -> !Modifier.isPrivate(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
            .map(
                m ->
                    m.getName()
                        + Arrays.stream(m.getParameterTypes())
                            .map(Class::getSimpleName)
                            .collect(Collectors.joining(",", "(", ")")))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "getWidth(FontContext,FSFont,String)",
            "drawString(OutputDevice,String,float,float)",
            "drawString(OutputDevice,String,float,float,JustificationInfo)"),
        overridden);
    for (String name : Set.of("getWidth", "drawString")) {
      for (Method method : ShapingTextRenderer.class.getDeclaredMethods()) {
        if (method.getName().equals(name)) {
          Method inherited = PdfBoxTextRenderer.class.getMethod(name, method.getParameterTypes());
          assertEquals(inherited.getReturnType(), method.getReturnType(), name);
        }
      }
    }
    assertEquals(
        int.class,
        PdfBoxTextRenderer.class
            .getMethod("getWidth", FontContext.class, FSFont.class, String.class)
            .getReturnType());
  }

  @Test
  void whatItCallsInOpenHtmlToPdfIsStillThere() throws NoSuchMethodException {
    // Drawing a stretch of glyphs, with OpenHTMLtoPDF's colour, fake bold and text matrix.
    PdfBoxOutputDevice.class.getMethod(
        "drawStringFast",
        String.class,
        float.class,
        float.class,
        JustificationInfo.class,
        FontDescription.class,
        float.class);
    // The span around a shaped run, the page it is drawn on, the document fonts are loaded into.
    PdfContentStreamAdapter.class.getMethod(
        "beginMarkedContent", COSName.class, COSDictionary.class);
    PdfContentStreamAdapter.class.getMethod("endMarkedContent");
    assertEquals(
        PdfContentStreamAdapter.class,
        PdfBoxOutputDevice.class.getMethod("getCurrentPage").getReturnType());
    assertEquals(PDDocument.class, PdfBoxOutputDevice.class.getMethod("getWriter").getReturnType());
    // The font being drawn with: the device's font specification, resolved again.
    assertTrue(AbstractOutputDevice.class.isAssignableFrom(PdfBoxFastOutputDevice.class));
    assertEquals(
        FontSpecification.class,
        AbstractOutputDevice.class.getMethod("getFontSpecification").getReturnType());
    assertEquals(
        SharedContext.class,
        PdfBoxOutputDevice.class.getMethod("getSharedContext").getReturnType());
    PdfBoxFontResolver.class.getMethod("resolveFont", SharedContext.class, FontSpecification.class);
    // A face for the glyph-id view, and what tells the faces apart.
    FontDescription.class.getConstructor(PDFont.class, IdentValue.class, int.class);
    FontDescription.class.getMethod("getFamily");
    FontDescription.class.getMethod("getWeight");
    FontDescription.class.getMethod("getStyle");
    assertEquals(PDFont.class, FontDescription.class.getMethod("getFont").getReturnType());
  }

  @Test
  void theRendererIsReplacedBeforeLayoutAndLayoutStillAsksTheSharedContext() throws Exception {
    XRLog.setLoggingEnabled(false);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent("<html><body><p>x</p></body></html>", "about:blank");
    try (PDDocument doc = new PDDocument()) {
      builder.usePDDocument(doc);
      try (var renderer = builder.buildPdfRenderer()) {
        assertInstanceOf(
            PdfBoxTextRenderer.class,
            renderer.getSharedContext().getTextRenderer(),
            "the renderer OpenHTMLtoPDF builds, which PdfRenderer replaces");
        ShapingTextRenderer shaping = new ShapingTextRenderer(TestBooklets.get().fonts().shaper());
        renderer.getSharedContext().setTextRenderer(shaping);
        renderer.layout();
        assertEquals(
            shaping, renderer.getSharedContext().getTextRenderer(), "layout keeps the replacement");
      }
    }
  }

  @Test
  void latinJapaneseAndVietnameseBookletsHaveNoShapedRun() {
    for (String lang : Set.of("en", "ja", "vi")) {
      Booklets.Options options = TestBooklets.options();
      options =
          new Booklets.Options(
              options.paper(),
              Optional.of(lang),
              options.today(),
              options.created(),
              options.tagged());
      byte[] pdf = TestBooklets.pdf(TestBooklets.get(), TestBooklets.sample(), options).pdf();
      assertEquals(0, ShapedRuns.of(pdf).size(), lang);
    }
    assertTrue(OutputDevice.class.isAssignableFrom(PdfBoxOutputDevice.class));
  }
}
