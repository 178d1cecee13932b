package cn.nianbao.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Values typed into table cells on the page, in a real Chromium: written into the data file by
 * their span and nothing else; refused — the file untouched — when the binder would not take the
 * value or the file changed since the page was made; derived totals not editable.
 */
class WorkbenchEditTest extends BrowserTests {
  private static final String CARRIED = "收到和处理政府信息公开申请情况/结转下年度继续办理/自然人";
  private static final String CARRIED_TOTAL = "收到和处理政府信息公开申请情况/结转下年度继续办理/总计";

  @Test
  void theRightNumberTypedIntoTheCellFixesC1ByThatValueAlone() throws Exception {
    byte[] original = Files.readAllBytes(data);
    Benches.replace(data, "结转下年度继续办理: {自然人: 7", "结转下年度继续办理: {自然人: 8");
    byte[] broken = Files.readAllBytes(data);
    until(SAVE_TO_PANEL, () -> outlined().contains(CARRIED));
    type(CARRIED, "7");
    awaitShown(original, PATIENCE);
    assertArrayEquals(original, Files.readAllBytes(data));
    assertEquals("8→7 at one place", oneChange(broken, Files.readAllBytes(data)));
    until(PATIENCE, () -> problems().isEmpty());
  }

  @Test
  void aBlankCellIsFilledAtItsSpan() throws Exception {
    byte[] original = Files.readAllBytes(data);
    Benches.replace(data, "结转下年度继续办理: {自然人: 7,", "结转下年度继续办理: {自然人: ,");
    byte[] blank = Files.readAllBytes(data);
    awaitShown(blank, PATIENCE);
    type(CARRIED, "7");
    awaitShown(original, PATIENCE);
    assertEquals("→7 at one place", oneChange(blank, Files.readAllBytes(data)));
  }

  @Test
  void anAbsentKeyIsInsertedIntoItsRowInTheRowsStyle() throws Exception {
    Benches.replace(data, "结转下年度继续办理: {自然人: 7, ", "结转下年度继续办理: {");
    byte[] absent = Files.readAllBytes(data);
    awaitShown(absent, PATIENCE);
    type(CARRIED, "7");
    until(PATIENCE, () -> problems().isEmpty());
    String change = oneChange(absent, Files.readAllBytes(data));
    assertTrue(change.startsWith("→") && change.contains("自然人: 7"), change);
  }

  @Test
  void aValueTheBinderRejectsIsRefusedWithItsMessageAndTheFileUntouched() throws Exception {
    byte[] before = Files.readAllBytes(data);
    type(CARRIED, "七");
    until(PATIENCE, () -> message().contains("未写入"));
    assertTrue(message().contains("应为非负整数") || message().contains("数字"), message());
    assertArrayEquals(before, Files.readAllBytes(data));
  }

  @Test
  void anEditBegunBeforeTheFileChangedOnDiskIsRefusedAndThePageRefreshed() throws Exception {
    WebElement editor = open(CARRIED);
    Benches.replace(data, "全年召开政务公开专题会议4次", "全年召开政务公开专题会议5次");
    byte[] changed = Files.readAllBytes(data);
    awaitShown(changed, PATIENCE);
    editor = browser.findElement(By.cssSelector(".nb-editor"));
    editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9", Keys.ENTER);
    until(PATIENCE, () -> message().contains("已在磁盘上被修改"));
    assertArrayEquals(changed, Files.readAllBytes(data));
  }

  @Test
  void aDerivedTotalIsMarkedAndNotEditable() throws Exception {
    Benches.replace(data, "其他: 1, 总计: 13}\n\n#", "其他: 1}\n\n#");
    byte[] derived = Files.readAllBytes(data);
    awaitShown(derived, PATIENCE);
    WebElement total = box(CARRIED_TOTAL);
    assertTrue(total.getAttribute("class").contains("nb-derived"), total.getAttribute("class"));
    total.click();
    assertTrue(browser.findElements(By.cssSelector(".nb-editor")).isEmpty());
    assertTrue(message().contains("合计"), message());
    assertArrayEquals(derived, Files.readAllBytes(data));
  }

  // ---- helpers ----

  private static WebElement box(String cell) {
    return browser.findElements(By.cssSelector("#nb-pages .cell[data-cell]:not(.line)")).stream()
        .filter(e -> cell.equals(e.getAttribute("data-cell"))).findFirst().orElseThrow();
  }

  private static WebElement open(String cell) {
    WebElement box = box(cell);
    script("arguments[0].scrollIntoView({block: 'center'}); return null;", box);
    box.click();
    return browser.findElement(By.cssSelector(".nb-editor"));
  }

  private static void type(String cell, String value) {
    open(cell).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
  }

  private static String message() {
    return browser.findElement(By.id("nb-message")).getText();
  }

  /** The one stretch where {@code after} differs from {@code before}: {@code old→new}; else fails. */
  private static String oneChange(byte[] before, byte[] after) {
    String a = new String(before, StandardCharsets.UTF_8);
    String b = new String(after, StandardCharsets.UTF_8);
    int start = 0;
    while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    int endA = a.length();
    int endB = b.length();
    while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
      endA--;
      endB--;
    }
    return a.substring(start, endA) + "→" + b.substring(start, endB)
        + (start == a.length() && start == b.length() ? " (none)" : " at one place");
  }
}
