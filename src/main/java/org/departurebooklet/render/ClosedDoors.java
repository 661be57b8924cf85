package org.departurebooklet.render;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Shuts every door through which a render could load something: no URI resolves, every resource
 * type is refused before and after resolving, and every protocol's stream factory refuses. Each
 * door alone keeps every load out (the tests try them one by one); the four together are there so
 * that loosening one, such as an allow-list for the school's own pictures, opens nothing. The
 * booklet needs nothing from outside: its stylesheet is inline, its fonts are registered in code,
 * its QR codes are drawn, and the school's logo is drawn from memory ({@link LogoDrawer}).
 * Stateless and thread-safe.
 */
final class ClosedDoors implements FSStreamFactory {

  static final String[] PROTOCOLS = {
    "http", "https", "file", "jar", "ftp", "data", "mailto", "classpath"
  };

  /** All four doors, as every render has them. */
  void apply(PdfRendererBuilder builder) {
    refuseBeforeResolving(builder);
    resolveNothing(builder);
    refuseAfterResolving(builder);
    refuseStreams(builder);
  }

  /** Door 1: every resource, of every type, is refused before its URI is even resolved. */
  void refuseBeforeResolving(PdfRendererBuilder builder) {
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
  }

  /** Door 2: no URI resolves to anything. */
  void resolveNothing(PdfRendererBuilder builder) {
    builder.useUriResolver((base, uri) -> null);
  }

  /**
   * Door 3: every resource is refused once resolved; this replaces OpenHTMLtoPDF's default check,
   * which allows everything but file embedding.
   */
  void refuseAfterResolving(PdfRendererBuilder builder) {
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
  }

  /**
   * Door 4: every protocol's stream, http and https included, is this factory's, which opens
   * nothing.
   */
  void refuseStreams(PdfRendererBuilder builder) {
    builder.useHttpStreamImplementation(this);
    builder.useProtocolsStreamImplementation(this, PROTOCOLS);
  }

  @Override
  public FSStream getUrl(String url) {
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return null;
      }

      @Override
      public Reader getReader() {
        return null;
      }
    };
  }

  /** A parser factory that reads our own XHTML and nothing else: no DTDs, no external entities. */
  static DocumentBuilderFactory xmlFactory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be locked down", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(true);
    return factory;
  }
}
