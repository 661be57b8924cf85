package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Optional;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.Test;

/**
 * What a process rendered before (other students, other font sets, other languages) never
 * changes a booklet's bytes: fonts, their metrics and QR forms are shared between renders.
 */
class RenderOrderTest {

  @Test
  void aBookletIsTheSameFirstOrAfterOthers() {
    Booklets.Options options = TestBooklets.options();
    byte[] first = Booklets.packaged().pdf(TestBooklets.sample(), options).pdf();

    Booklets busy = Booklets.packaged();
    busy.pdf(TestBooklets.student("김민준"), options); // hangul: embeds from the full fonts
    busy.pdf(TestBooklets.student("王小明"), new Booklets.Options(options.paper(), Optional.of("ja"),
        options.today(), options.created()));
    busy.pdf(TestBooklets.student("Priya Raman"), options.withTagged(false));
    byte[] after = busy.pdf(TestBooklets.sample(), options).pdf();

    assertArrayEquals(first, after);
  }
}
