package cn.nianbao.importer;

/** A government site's page around a report's HTML: header, navigation, breadcrumbs, the article, footer. */
final class SitePage {
  private SitePage() {}

  /** The body of {@code reportHtml} put into a site's article, with the site's own parts around it. */
  static String wrap(String reportHtml) {
    int open = reportHtml.indexOf("<body");
    int start = reportHtml.indexOf('>', open) + 1;
    int end = reportHtml.lastIndexOf("</body>");
    String body = reportHtml.substring(start, end);
    return """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>示例市人民政府门户网站</title></head>
        <body>
        <div class="top"><img src="logo.png" alt="示例市人民政府"> 示例市人民政府门户网站
          <a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/bs">办事服务</a></div>
        <nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/ndbg">政府信息公开年报</a></li>
          <li>一、总体情况导读</li></ul></nav>
        <div class="crumbs">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
        <div class="article"><div class="meta">发布时间：2022-01-20　来源：示例市人民政府　浏览次数：128</div>
        <div id="zoom">
        """ + body + """
        </div></div>
        <div class="share">分享到：微信 微博</div>
        <footer><p>主办：示例市人民政府办公室　网站标识码：0000000000</p><p>备案号：示ICP备00000000号</p></footer>
        </body></html>
        """;
  }
}
