package org.departurebooklet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntFunction;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.model.SchoolLogo;
import org.departurebooklet.render.FontChoice;
import org.departurebooklet.render.FontLibrary;
import org.departurebooklet.render.PageFit;
import org.departurebooklet.render.PdfRenderer;
import org.departurebooklet.render.Templates;
import org.departurebooklet.view.Folding;
import org.departurebooklet.view.Paper;

/**
 * Writes a booklet or a handout to PDF with a page count that folds (see {@link Folding}): it is
 * laid out with the number of extra notes pages that fitted the last document of its kind, edition
 * and paper, and again in the rare case its own pages need another, before it is written.
 *
 * <p>Thread-safe and reusable: the renderer is, and the remembered numbers are kept in a concurrent
 * map.
 */
final class FoldingRenderer {

  /** A document as written: the XHTML that was rendered and the PDF it gave. */
  record Folded(String xhtml, Booklets.Rendered rendered) {}

  private final PdfRenderer renderer;
  private final Folding folding = new Folding();

  /**
   * @param templates the folder of the templates the XHTML comes from, named in messages
   * @param logo the school's logo, drawn where a template asks for it
   */
  FoldingRenderer(FontLibrary fonts, Path templates, Optional<SchoolLogo> logo) {
    String template =
        templates.equals(AssetDirs.packaged().templates())
            ? "templates/" + Templates.BOOKLET
            : templates.resolve(Templates.BOOKLET).toString();
    this.renderer = new PdfRenderer(fonts, template, logo);
  }

  /**
   * Lays out and writes one document.
   *
   * @param kind what it is ({@code booklet/...}, {@code handout}...): documents of one kind share
   *     their first guess of extra notes pages
   * @param xhtmlWithExtraNotes the document's XHTML with the given number of extra notes pages
   */
  Folded render(
      String kind,
      String language,
      Booklets.Options options,
      FontChoice fonts,
      IntFunction<String> xhtmlWithExtraNotes) {
    Paper paper = options.paper();
    PageFit fit =
        new PageFit() {
          @Override
          public int guess() {
            return folding.guess(kind, language, paper);
          }

          @Override
          public String xhtml(int extra) {
            return xhtmlWithExtraNotes.apply(extra);
          }

          @Override
          public int needed(int pages, int extra) {
            return folding.needed(kind, language, paper, pages, extra);
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      PdfRenderer.Written written =
          renderer.render(fit, fonts, options.created(), options.tagged(), out);
      return new Folded(written.xhtml(), new Booklets.Rendered(out.toByteArray(), written.pages()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
