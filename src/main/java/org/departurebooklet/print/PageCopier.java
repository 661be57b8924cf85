package org.departurebooklet.print;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Copies the pages of one loaded document after another into a {@link PdfObjectWriter}: each page,
 * with what it inherits from its old page tree made its own, and every object it uses, written out
 * as new numbered objects as soon as they are met. The old document's catalog and page tree, and
 * pages it does not copy, are left out (written as null). Only the numbers of the current
 * document's objects are kept, and they are forgotten at the next document.
 *
 * <p>Not thread-safe: one instance per combined file, on the thread that writes it.
 */
final class PageCopier {

  private final PdfObjectWriter objects;
  private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
  private final Map<COSBase, Boolean> pageDicts = new IdentityHashMap<>();
  private final ArrayDeque<COSBase> pending = new ArrayDeque<>();

  PageCopier(PdfObjectWriter objects) {
    this.objects = objects;
  }

  /**
   * Copies one document's pages, in order, under a new parent page-tree node.
   *
   * @return the pages' new object numbers, in order
   */
  List<Integer> copy(List<PDPage> pages, int parent) throws IOException {
    numbers.clear();
    pageDicts.clear();
    for (PDPage page : pages) {
      numbers.put(page.getCOSObject(), objects.reserve());
      pageDicts.put(page.getCOSObject(), Boolean.TRUE);
    }
    List<Integer> copied = new ArrayList<>();
    for (PDPage page : pages) {
      int number = numbers.get(page.getCOSObject());
      copied.add(number);
      page(page, number, parent);
      drain();
    }
    return copied;
  }

  /** A blank page as large as {@code like}, and trimmed alike if it is a print file's page. */
  void blank(PDPage like, int number, int parent) throws IOException {
    objects.begin(number);
    objects.ascii("<< /Type /Page /Parent " + parent + " 0 R /MediaBox ");
    value(like.getMediaBox().getCOSArray());
    if (like.getCOSObject().containsKey(COSName.TRIM_BOX)) {
      objects.ascii(" /TrimBox ");
      value(like.getTrimBox().getCOSArray());
      objects.ascii(" /BleedBox ");
      value(like.getBleedBox().getCOSArray());
    }
    objects.ascii(" /Resources << >> >>");
    objects.end();
  }

  /** A page with what it inherits from its old page tree made its own, under a new parent. */
  private void page(PDPage page, int number, int parent) throws IOException {
    COSDictionary copy = new COSDictionary();
    copy.addAll(page.getCOSObject());
    copy.removeItem(COSName.PARENT);
    copy.removeItem(COSName.STRUCT_PARENTS);
    copy.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
    copy.setItem(COSName.MEDIA_BOX, page.getMediaBox().getCOSArray());
    copy.setItem(COSName.CROP_BOX, page.getCropBox().getCOSArray());
    if (page.getRotation() != 0) {
      copy.setInt(COSName.ROTATE, page.getRotation());
    }
    objects.begin(number);
    objects.ascii("<< /Parent " + parent + " 0 R");
    entries(copy, null);
    objects.ascii(" >>");
    objects.end();
  }

  /** Writes every object the document's pages referred to, and what those refer to. */
  private void drain() throws IOException {
    while (!pending.isEmpty()) {
      COSBase object = pending.poll();
      objects.begin(numbers.get(object));
      if (object instanceof COSStream stream) {
        stream(stream);
      } else {
        direct(object);
      }
      objects.end();
    }
  }

  private void stream(COSStream stream) throws IOException {
    byte[] data;
    try (InputStream in = stream.createRawInputStream()) {
      data = in.readAllBytes();
    }
    objects.ascii("<<");
    entries(stream, COSName.LENGTH);
    objects.ascii(" /Length " + data.length + " >>\nstream\n");
    objects.bytes(data);
    objects.ascii("\nendstream");
  }

  /** A value in place: a reference for indirect objects and streams, else the object itself. */
  private void value(COSBase value) throws IOException {
    if (value instanceof COSObject ref) {
      COSBase target = ref.getObject();
      if (target == null || target instanceof COSNull) {
        objects.ascii("null");
      } else {
        reference(target);
      }
    } else if (value instanceof COSStream) {
      reference(value);
    } else {
      direct(value);
    }
  }

  private void direct(COSBase value) throws IOException {
    if (value instanceof COSDictionary dict) {
      objects.ascii("<<");
      entries(dict, null);
      objects.ascii(" >>");
    } else if (value instanceof COSArray array) {
      objects.ascii("[");
      for (int i = 0; i < array.size(); i++) {
        objects.ascii(" ");
        value(array.get(i));
      }
      objects.ascii(" ]");
    } else if (value instanceof COSString s) {
      COSWriter.writeString(s, objects.stream());
    } else if (value instanceof COSName n) {
      n.writePDF(objects.stream());
    } else if (value instanceof COSInteger n) {
      n.writePDF(objects.stream());
    } else if (value instanceof COSFloat n) {
      n.writePDF(objects.stream());
    } else if (value instanceof COSBoolean b) {
      b.writePDF(objects.stream());
    } else {
      objects.ascii("null");
    }
  }

  /** A dictionary's entries, each preceded by a space, leaving out {@code skip} (may be null). */
  private void entries(COSDictionary dict, COSName skip) throws IOException {
    for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
      if (!e.getKey().equals(skip)) {
        objects.ascii(" ");
        e.getKey().writePDF(objects.stream());
        objects.ascii(" ");
        value(e.getValue());
      }
    }
  }

  /** A reference to an object of this document, numbering and queueing it on first sight. */
  private void reference(COSBase target) throws IOException {
    if (target instanceof COSDictionary dict && !pageDicts.containsKey(target)) {
      COSName type = dict.getCOSName(COSName.TYPE);
      if (COSName.CATALOG.equals(type) || COSName.PAGES.equals(type) || COSName.PAGE.equals(type)) {
        objects.ascii(
            "null"); // the old document's tree, or a page of another file: not part of this one
        return;
      }
    }
    Integer number = numbers.get(target);
    if (number == null) {
      number = objects.reserve();
      numbers.put(target, number);
      pending.add(target);
    }
    objects.ascii(number + " 0 R");
  }
}
