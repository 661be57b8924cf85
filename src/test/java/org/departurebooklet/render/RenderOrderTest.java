package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.model.Student;
import org.junit.jupiter.api.Test;

/**
 * What a process rendered before (other students, other font sets, other languages) never changes a
 * booklet's bytes: fonts, their metrics and QR forms are shared between renders.
 */
class RenderOrderTest {

  @Test
  void aBookletIsTheSameFirstOrAfterOthers() {
    Booklets.Options options = TestBooklets.options();
    byte[] first = TestBooklets.pdf(Booklets.packaged(), TestBooklets.sample(), options).pdf();

    Booklets busy = Booklets.packaged();
    TestBooklets.pdf(
        busy, TestBooklets.student("김민준"), options); // hangul: embeds from the full fonts
    TestBooklets.pdf(
        busy,
        TestBooklets.student("王小明"),
        new Booklets.Options(
            options.paper(), Optional.of("ja"), options.today(), options.created()));
    TestBooklets.pdf(busy, TestBooklets.student("Priya Raman"), options.withTagged(false));
    byte[] after = TestBooklets.pdf(busy, TestBooklets.sample(), options).pdf();

    assertArrayEquals(first, after);
  }

  @Test
  void rendersOnManyThreadsBorrowFontsWithoutMixingThem() throws Exception {
    Booklets booklets = Booklets.packaged();
    Booklets.Options options = TestBooklets.options();
    List<Student> students =
        List.of(
            TestBooklets.sample(),
            TestBooklets.student("김민준"),
            TestBooklets.student("Priya Raman"),
            TestBooklets.student("王小明"));
    List<byte[]> alone = new ArrayList<>();
    for (Student s : students) {
      alone.add(TestBooklets.pdf(Booklets.packaged(), s, options).pdf());
    }
    // Threads come and go (a pool per batch), and font sets pass from one to the next.
    for (int round = 0; round < 3; round++) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<byte[]>> made = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          Student s = students.get(i % students.size());
          made.add(pool.submit(() -> TestBooklets.pdf(booklets, s, options).pdf()));
        }
        for (int i = 0; i < made.size(); i++) {
          assertArrayEquals(
              alone.get(i % students.size()),
              made.get(i).get(),
              "round " + round + ", booklet " + i);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
