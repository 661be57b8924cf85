package org.departurebooklet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;

/**
 * A made-up class for benchmarks: names in five scripts, varied dates, all plans, ten destinations.
 */
public final class MadeUpClass {

  /** Names in five scripts; the web load test gives its students the same ones. */
  static final String[] NAMES = {
    "Lê Thị Hồng Nhung",
    "Nguyễn Văn Đức",
    "王小明",
    "김민준",
    "Priya Raman",
    "Siti Nurhaliza",
    "José Ramírez",
    "山田 花子",
    "Tran Bao Ngoc",
    "Aung Kyaw Moe"
  };

  private static final String[] COUNTRIES = {
    "VN", "SG", "CN", "KR", "IN", "MY", "US", "TH", "DE", "MM"
  };

  private MadeUpClass() {}

  /** {@code n} students, numbered from {@code first}. */
  public static List<Student> students(int first, int n) {
    List<Student> students = new ArrayList<>(n);
    for (int i = first; i < first + n; i++) {
      LocalDate graduation = LocalDate.of(2027, 3, 10).plusDays(i % 15);
      students.add(
          new Student(
              NAMES[i % NAMES.length] + " " + (i + 1),
              Optional.of("S2027-" + (1000 + i)),
              graduation,
              graduation.plusDays(10 + i % 30),
              null,
              Plan.values()[i % 3],
              COUNTRIES[i % COUNTRIES.length],
              Optional.empty(),
              Optional.empty()));
    }
    return students;
  }
}
