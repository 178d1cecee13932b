package cn.nianbao.model;

import java.time.LocalDate;

/**
 * 落款: the signing body (署名) and the date the report was written (成文日期).
 *
 * @param signer the signing body
 * @param date   the date, or null while the data file leaves it blank (the checker reports it)
 */
public record SignOff(String signer, LocalDate date) {
  /** The date as GB/T 9704 writes it: Arabic numerals, no zero padding, e.g. 2021年1月5日; empty when blank. */
  public String dateText() {
    if (date == null) {
      return "";
    }
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
