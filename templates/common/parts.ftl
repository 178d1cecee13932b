<#-- Parts shared by both format versions. Markup directives (@title, @heading, @paragraph, @run,
     @table, @row, @cell, @br, @closing) are documented in cn.nianbao.template.Markup. -->

<#-- The opening paragraphs and the title. -->
<#macro front>
<@title>${report.title}</@title>
<#list report.opening as p><@paragraph origin=report.openingOrigins[p?index]>${p}</@paragraph></#list>
</#macro>

<#-- A narrative section: sub-headings ending in 。 run into their first paragraph (GB/T 9704
     practice for headings that end a sentence); any other sub-heading stands on its own line. -->
<#macro narrative subsections>
<#list subsections as s>
  <#if s.heading?? && s.heading?ends_with("。")>
    <#list s.paragraphs as p>
      <#if p?is_first>
        <@paragraph origin=s.origins[p?index]><@run role="heading2">${s.heading}</@run>${p}</@paragraph>
      <#else>
        <@paragraph origin=s.origins[p?index]>${p}</@paragraph>
      </#if>
    </#list>
  <#else>
    <#if s.heading??><@heading level=2>${s.heading}</@heading></#if>
    <#list s.paragraphs as p><@paragraph origin=s.origins[p?index]>${p}</@paragraph></#list>
  </#if>
</#list>
</#macro>

<#-- The value cells of one row of a statistical table, left to right. -->
<#macro values table row columns colspan=1>
<#list columns as c><@cell colspan=colspan>${table[row][c]}</@cell></#list>
</#macro>

<#-- 表三's seven value columns. -->
<#assign applicants = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]>

<#-- 表三 header: three rows under the official cross-check note. -->
<#macro requestsHeader>
  <@row>
    <@cell colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</@cell>
    <@cell colspan=7>申请人情况</@cell>
  </@row>
  <@row>
    <@cell rowspan=2>自然人</@cell><@cell colspan=5>法人或其他组织</@cell><@cell rowspan=2>总计</@cell>
  </@row>
  <@row>
    <@cell>商业企业</@cell><@cell>科研机构</@cell><@cell>社会公益组织</@cell><@cell>法律服务机构</@cell><@cell>其他</@cell>
  </@row>
</#macro>

<#-- 表三 rows （一） to （五）, identical in both versions (（六） differs). -->
<#macro requestsResultsOneToFive resultRowspan>
  <@row>
    <@cell rowspan=resultRowspan>三、本年度办理结果</@cell>
    <@cell colspan=2 align="left">（一）予以公开</@cell><@values table=t3 row="本年度办理结果/予以公开" columns=applicants/>
  </@row>
  <@row><@cell colspan=2 align="left">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</@cell><@values table=t3 row="本年度办理结果/部分公开" columns=applicants/></@row>
  <@group label="（三）不予公开" key="不予公开" items=["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”",
      "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"]/>
  <@group label="（四）无法提供" key="无法提供" items=["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"]/>
  <@group label="（五）不予处理" key="不予处理" items=["信访举报投诉类申请", "重复申请", "要求提供公开出版物",
      "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"]/>
</#macro>

<#-- A group of numbered result rows under one label, e.g. （三）不予公开 / 1.属于国家秘密 … -->
<#macro group label key items>
<#list items as item>
  <@row>
    <#if item?is_first><@cell rowspan=items?size align="left">${label}</@cell></#if>
    <@cell align="left">${item?counter}.${item}</@cell><@values table=t3 row="本年度办理结果/" + key + "/" + item columns=applicants/>
  </@row>
</#list>
</#macro>

<#-- 表三 closing rows: （七）总计 and 四、结转下年度继续办理. -->
<#macro requestsEnd>
  <@row><@cell colspan=2 align="left">（七）总计</@cell><@values table=t3 row="本年度办理结果/总计" columns=applicants/></@row>
  <@row><@cell colspan=3 align="left">四、结转下年度继续办理</@cell><@values table=t3 row="结转下年度继续办理" columns=applicants/></@row>
</#macro>

<#-- 表三 opening rows: 一 and 二. -->
<#macro requestsStart>
  <@row><@cell colspan=3 align="left">一、本年新收政府信息公开申请数量</@cell><@values table=t3 row="本年新收政府信息公开申请数量" columns=applicants/></@row>
  <@row><@cell colspan=3 align="left">二、上年结转政府信息公开申请数量</@cell><@values table=t3 row="上年结转政府信息公开申请数量" columns=applicants/></@row>
</#macro>

<#-- 表四, the same in both versions. -->
<#macro appeals>
<#assign outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]>
<@heading level=1>四、政府信息公开行政复议、行政诉讼情况</@heading>
<@table widths=[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] header=3 keep=true>
  <@row><@cell colspan=5>行政复议</@cell><@cell colspan=10>行政诉讼</@cell></@row>
  <@row>
    <#list outcomes as o><@cell rowspan=2>${o}</@cell></#list>
    <@cell colspan=5>未经复议直接起诉</@cell><@cell colspan=5>复议后起诉</@cell>
  </@row>
  <@row><#list outcomes as o><@cell>${o}</@cell></#list><#list outcomes as o><@cell>${o}</@cell></#list></@row>
  <@row>
    <@values table=t4 row="行政复议" columns=outcomes/><@values table=t4 row="行政诉讼/未经复议直接起诉" columns=outcomes/><@values table=t4 row="行政诉讼/复议后起诉" columns=outcomes/>
  </@row>
</@table>
</#macro>

<#-- Sections 五 and 六 and the closing block. -->
<#macro back>
<@heading level=1>五、存在的主要问题及改进情况</@heading>
<@narrative report.problems/>
<@heading level=1>六、其他需要报告的事项</@heading>
<@narrative report.otherMatters/>
<#if report.signOff??><@closing signature=report.signOff.signer date=report.signOff.date/></#if>
</#macro>
