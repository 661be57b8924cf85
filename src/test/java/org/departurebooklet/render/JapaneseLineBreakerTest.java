package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

/** Where Japanese (and mixed) text may break: at phrase ends, never against kinsoku rules. */
class JapaneseLineBreakerTest {

  /** The text with a bar at every break opportunity. */
  static String breaks(String text) {
    return breaks(text, new JapaneseLineBreaker());
  }

  /** The same in a document of language {@code lang}. */
  static String breaks(String text, String lang) {
    return breaks(text, new JapaneseLineBreaker(lang));
  }

  private static String breaks(String text, JapaneseLineBreaker breaker) {
    breaker.setText(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int to = breaker.next(); to != BreakIterator.DONE; to = breaker.next()) {
      assertTrue(
          to > from && to <= text.length(), "opportunities rise strictly: " + from + " then " + to);
      out.append(text, from, to).append('|');
      from = to;
    }
    return out.toString();
  }

  @Test
  void wordsAreNotSplitAndPhrasesEndAfterTheirParticle() {
    assertEquals("大家さん・|管理会社に|解約の|連絡|", breaks("大家さん・管理会社に解約の連絡"));
    assertEquals(
        "在留期間が|残っていても、|卒業から|14日以内に|届け出て|ください。|", breaks("在留期間が残っていても、卒業から14日以内に届け出てください。"));
  }

  @Test
  void okuriganaStaysWithItsWord() {
    assertEquals("書類を|届け出ます。|", breaks("書類を届け出ます。"));
    assertEquals("申し込みを|します。|", breaks("申し込みをします。"));
  }

  @Test
  void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningOne() {
    String text = "（2027年4月9日）。「届出書在中」と書きます。重さは30kgまで（国によっては20kgまで）です。";
    for (String line : breaks(text).split("\\|")) {
      assertFalse("、。）」ーっ".indexOf(line.charAt(0)) >= 0, line);
      assertFalse("（「".indexOf(line.charAt(line.length() - 1)) >= 0, line);
    }
  }

  @Test
  void numbersKeepTheirCountersAndDatesStayWhole() {
    assertEquals("重さは|30kgまで|", breaks("重さは30kgまで"));
    assertEquals("期限は|2027年4月9日（金）|", breaks("期限は2027年4月9日（金）"));
  }

  @Test
  void aLongPhraseBreaksAfterItsParticleNotBeforeIt() {
    assertEquals("ふつうは|アルバイトが|できなくなります。|", breaks("ふつうはアルバイトができなくなります。"));
    assertEquals("東京出入国在留管理局への|郵送|", breaks("東京出入国在留管理局への郵送"));
  }

  @Test
  void aLongCompoundMayBreakSoNarrowCellsNeverOverflowButNeverNearItsEnds() {
    String text = "出入国在留管理庁電子届出システムを使って";
    String[] phrases = breaks(text).split("\\|");
    assertTrue(phrases.length > 3, String.join("|", phrases));
    assertEquals("システムを", phrases[phrases.length - 2]);
    assertTrue(phrases[0].length() >= JapaneseLineBreaker.MIN_TAIL, String.join("|", phrases));
    assertTrue(
        phrases[phrases.length - 3].length() >= JapaneseLineBreaker.MIN_TAIL,
        String.join("|", phrases));
  }

  @Test
  void latinTextAndUrlsBreakAsBefore() {
    assertEquals(
        "Write |届出書在中 |in |red |on |the |envelope.|",
        breaks("Write 届出書在中 in red on the envelope."));
    assertEquals("see |https://www.|isa.|go.|jp|/en|", breaks("see https://www.isa.go.jp/en"));
    assertEquals("Ghi |chú |ệ |ỗ |ữ|", breaks("Ghi chú ệ ỗ ữ"));
  }

  @Test
  void aUrlMayAlsoBreakAfterAnUnderscoreButNotInsideANumber() {
    assertEquals(
        "isa.|go.|jp|/en|/procedures|/nyuukokukanri10_|00014.|html|",
        breaks("isa.go.jp/en/procedures/nyuukokukanri10_00014.html"));
    assertEquals("a.|jp|/faq?|id=|136|", breaks("a.jp/faq?id=136"));
    assertEquals("Q&A |snake_case |R&D|", breaks("Q&A snake_case R&D"));
  }

  @Test
  void datesWrittenWithSlashesAreNotSplit() {
    assertEquals("Thứ |Sáu, |9/4/2027|", breaks("Thứ Sáu, 9/4/2027"));
  }

  @Test
  void koreanBreaksBetweenWordsNeverInsideOne() {
    assertEquals(
        "출국 |전에 |재류카드를 |반납하세요. |2027년 |4월 |9일(금)까지|",
        breaks("출국 전에 재류카드를 반납하세요. 2027년 4월 9일(금)까지", "ko"));
    assertEquals("봉투에 |届出書在中이라고 |쓰세요.|", breaks("봉투에 届出書在中이라고 쓰세요.", "ko"));
    assertEquals("김민준|", breaks("김민준"), "a Korean name in any edition stays whole");
  }

  @Test
  void chineseBreaksBetweenAnyTwoHanziButNotAgainstKinsoku() {
    assertEquals("毕|业|后14天|内，|必|须|申|报。|", breaks("毕业后14天内，必须申报。", "zh-Hans"));
    assertEquals("请|在2027年4月9日（周五）|前|办|理。|", breaks("请在2027年4月9日（周五）前办理。", "zh"));
    assertEquals("“出|入|国|在|留|管|理|厅”|", breaks("“出入国在留管理厅”", "zh"));
  }

  @Test
  void aJapaneseTermInAChineseDocumentKeepsItsPhrases() {
    assertEquals("国民健康保険の|資格喪失|", breaks("国民健康保険の資格喪失", "zh"));
    assertEquals("「届出書在中」|", breaks("「届出書在中」", "zh"));
    assertEquals("毕业后|", breaks("毕业后", "ja"), "not in a Japanese document");
  }
}
