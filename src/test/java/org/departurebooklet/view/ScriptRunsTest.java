package org.departurebooklet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which parts of a text are marked as Japanese, edition by edition. */
class ScriptRunsTest {

  /** The runs written out, Japanese ones in square brackets: "write [届出書在中] in red". */
  private static String marked(String text, String language) {
    return ScriptRuns.split(text, language).runs().stream()
        .map(r -> r.lang() == null ? r.text() : "[" + r.text() + "]")
        .collect(Collectors.joining());
  }

  @Test
  void japaneseInsideEnglishIsMarkedByItsScript() {
    assertEquals("By mail: write [届出書在中] in red.", marked("By mail: write 届出書在中 in red.", "en"));
    assertEquals("Hand back [資格確認書] (shikaku)", marked("Hand back 資格確認書 (shikaku)", "en"));
  }

  @Test
  void inKoreanHanAndKanaAreJapaneseAndHangulIsNot() {
    assertEquals("봉투에 빨간 글씨로 [届出書在中]이라고 쓰세요.", marked("봉투에 빨간 글씨로 届出書在中이라고 쓰세요.", "ko"));
    assertEquals("[「粗大ごみ」]는 예약이 필요합니다.", marked("「粗大ごみ」는 예약이 필요합니다.", "ko"));
  }

  @Test
  void inChineseOnlyBracketedTermsAndKanaAreJapanese() {
    assertEquals("在信封上用红笔写上[「届出書在中」]。", marked("在信封上用红笔写上「届出書在中」。", "zh"));
    assertEquals(
        "办理[「所属（活動）機関に関する届出（離脱）」]，在毕业后办理。", marked("办理「所属（活動）機関に関する届出（離脱）」，在毕业后办理。", "zh"));
    assertEquals("交回资格确认书（日语：[「資格確認書」]）。", marked("交回资格确认书（日语：「資格確認書」）。", "zh"));
  }

  @Test
  void chineseTextWithoutBracketsIsOnePlainRun() {
    BookletView.Text text = ScriptRuns.split("毕业后14天内，必须向出入国在留管理厅申报。", "zh");
    assertEquals(1, text.runs().size());
    assertEquals(null, text.runs().get(0).lang());
  }

  @Test
  void inChineseKanaOutsideBracketsIsStillJapaneseAndAnUnclosedBracketIsNot() {
    assertEquals("大型垃圾粗大[ごみ]需要预约", marked("大型垃圾粗大ごみ需要预约", "zh"));
    assertEquals("见「说明", marked("见「说明", "zh"));
  }

  @Test
  void theJapaneseEditionIsOnePlainRun() {
    BookletView.Text text = ScriptRuns.split("「届出書在中」と書きます。", "ja");
    assertEquals(1, text.runs().size());
    assertEquals(null, text.runs().get(0).lang());
  }
}
