package cn.nianbao.document;

/**
 * What a piece of text is, typographically. Renderers map each role to a concrete font and size;
 * the official (GB/T 9704) choice is noted on each constant.
 */
public enum FontRole {
  /** 方正小标宋简体, 二号 (22 pt). */
  TITLE,
  /** 仿宋_GB2312, 三号 (16 pt). */
  BODY,
  /** 黑体, 三号: 一、 level headings. */
  HEADING1,
  /** 楷体_GB2312, 三号: （一） level headings. */
  HEADING2,
  /** 仿宋_GB2312 or 宋体, 五号 (10.5 pt): table cells. */
  TABLE,
  /** 宋体, 四号 (14 pt): the page number in the footer. */
  PAGE_NUMBER
}
