package cn.nianbao.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Document;
import cn.nianbao.model.Report;
import cn.nianbao.testing.PdfReading;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The workbench in a real Chromium (headless, one browser for the class): the pages, the problems
 * panel, refreshing on save, what stays on screen while the file cannot be read.
 */
class WorkbenchBrowserTest extends BrowserTests {
  @Test
  void aBrokenSumIsListedAndItsCellOutlinedHighlightedOnClick() throws Exception {
    assertEquals(List.of(), problems(), "the example reconciles");
    Benches.replace(data, "结转下年度继续办理: {自然人: 7", "结转下年度继续办理: {自然人: 8");
    String cell = "收到和处理政府信息公开申请情况/结转下年度继续办理/自然人";
    until(SAVE_TO_PANEL, () -> problems().contains("错误 C1|" + cell + "|86:20"));
    assertTrue(outlined().contains(cell), "outlined without a click: " + outlined());
    assertTrue(browser.findElement(By.id("nb-state")).getText().contains("草稿"));
    WebElement c1 = browser.findElements(By.cssSelector(".nb-problem")).stream()
        .filter(e -> cell.equals(e.getAttribute("data-cell")) && e.getText().contains("C1"))
        .findFirst().orElseThrow();
    c1.click();
    List<String> focused = script("return [...document.querySelectorAll('.page .nb-focus')]"
        + ".map(e => e.dataset.cell)");
    assertEquals(List.of(cell), focused);
  }

  @Test
  void aFileThatCannotBeBoundShowsItsErrorsOverTheLastPagesGreyed() throws Exception {
    int pages = browser.findElements(By.cssSelector("#nb-pages section.page[data-page]")).size();
    assertTrue(pages >= 3, "pages shown: " + pages);
    Benches.replace(data, "年度: 2021", "年度: [2021");
    until(PATIENCE, () -> !problems().isEmpty());
    String problem = browser.findElement(By.cssSelector(".nb-problem")).getText();
    assertTrue(problem.matches("(?s).*YAML 格式错误.*第 \\d+ 行第 \\d+ 列.*"), problem);
    assertEquals(pages, browser.findElements(By.cssSelector("#nb-pages section.page")).size(),
        "the last good pages stay");
    assertTrue(browser.findElement(By.id("nb-pages")).getAttribute("class").contains("stale"));
    assertTrue(browser.findElement(By.id("nb-stale-note")).isDisplayed());
    Benches.replace(data, "年度: [2021", "年度: 2021");
    awaitShown(Files.readAllBytes(data), PATIENCE);
    assertFalse(browser.findElement(By.id("nb-pages")).getAttribute("class").contains("stale"));
    assertEquals(List.of(), problems());
  }

  @Test
  void aChangeToThePreviousYearsFileRerunsTheCrossYearCheck() throws Exception {
    // 上年结转 of 2021 must equal 结转下年度继续办理 of 2020 (C5)
    Benches.replace(folder.resolve("qingshuihe-2020.yaml"), "\n  结转下年度继续办理: {自然人: 6",
        "\n  结转下年度继续办理: {自然人: 9");
    until(PATIENCE, () -> problems().stream().anyMatch(p -> p.startsWith("错误 C5|")));
  }

  @Test
  void theScrollPositionSurvivesARefresh() throws Exception {
    script("document.getElementById('nb-view').scrollTop = 1500; return null;");
    Number before = script("return document.getElementById('nb-view').scrollTop");
    assertTrue(before.doubleValue() > 1000, "scrolled: " + before);
    Benches.replace(data, "全年召开政务公开专题会议4次", "全年召开政务公开专题会议5次");
    awaitShown(Files.readAllBytes(data), PATIENCE);
    Number after = script("return document.getElementById('nb-view').scrollTop");
    assertEquals(before.doubleValue(), after.doubleValue(), 1, "scroll position");
    assertEquals(2L, (long) script("return window.nbShownLog.length"), "no full reload");
  }

  @Test
  void thePagesAreThePdfsPagesAndNothingComesFromElsewhere() throws Exception {
    Report report = Benches.NIANBAO.load(data).report();
    Report previous = Benches.NIANBAO.load(folder.resolve("qingshuihe-2020.yaml")).report();
    assertFalse(Benches.NIANBAO.check(report, previous).hasErrors());
    Document document = Benches.NIANBAO.document(report, false);
    List<String> pdf = PdfReading.pageTexts(Benches.NIANBAO.pdf(document));
    List<String> shown = script("return [...document.querySelectorAll('#nb-pages section.page')]"
        + ".map(p => p.dataset.page + '|' + [...p.querySelectorAll('.line')].map(l => l.textContent).join(''))");
    assertEquals(pdf.size(), shown.size(), "page count");
    for (int i = 0; i < pdf.size(); i++) {
      String[] page = shown.get(i).split("\\|", 2);
      assertEquals(String.valueOf(i + 1), page[0]);
      assertEquals(sorted(pdf.get(i)), sorted(page[1]), "text of page " + (i + 1));
    }
    until(PATIENCE, () -> (Boolean) script("return document.fonts.status === 'loaded'"));
    String origin = bench.address().toString();
    List<String> requested = requests();
    assertTrue(requested.stream().anyMatch(u -> u.startsWith(origin + "fonts/")), "fonts: " + requested);
    assertEquals(List.of(), requested.stream().filter(u -> !u.startsWith(origin)).toList(),
        "requests outside " + origin);
  }
}
