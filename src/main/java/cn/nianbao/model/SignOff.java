package cn.nianbao.model;

import java.time.LocalDate;

/** 落款: the signing body (署名) and the date the report was written (成文日期). */
public record SignOff(String signer, LocalDate date) {
  /** The date as GB/T 9704 writes it: Arabic numerals, no zero padding, e.g. 2021年1月5日. */
  public String dateText() {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
