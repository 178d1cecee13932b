<#-- 2021 format: 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号.
     Used for the 2021 reports onward. Grids: official-format.md §2.2 (表二 2B), §3.2 (表三 3B), §4. -->
<#import "../common/parts.ftl" as parts>
<@parts.front/>
<@heading level=1>一、总体情况</@heading>
<@parts.narrative report.overview/>

<@heading level=1>二、主动公开政府信息情况</@heading>
<#assign documents = ["本年制发件数", "本年废止件数", "现行有效件数"]>
<@table widths=[36, 24, 18, 22] header=0 keep=true>
  <@row><@cell colspan=4>第二十条第（一）项</@cell></@row>
  <@row><@cell>信息内容</@cell><@cell>本年制发件数</@cell><@cell>本年废止件数</@cell><@cell>现行有效件数</@cell></@row>
  <@row><@cell align="left">规章</@cell><@parts.values table=t2 row="规章" columns=documents/></@row>
  <@row><@cell align="left">行政规范性文件</@cell><@parts.values table=t2 row="行政规范性文件" columns=documents/></@row>

  <@row><@cell colspan=4>第二十条第（五）项</@cell></@row>
  <@row><@cell>信息内容</@cell><@cell colspan=3>本年处理决定数量</@cell></@row>
  <@row><@cell align="left">行政许可</@cell><@parts.values table=t2 row="行政许可" columns=["本年处理决定数量"] colspan=3/></@row>

  <@row><@cell colspan=4>第二十条第（六）项</@cell></@row>
  <@row><@cell>信息内容</@cell><@cell colspan=3>本年处理决定数量</@cell></@row>
  <@row><@cell align="left">行政处罚</@cell><@parts.values table=t2 row="行政处罚" columns=["本年处理决定数量"] colspan=3/></@row>
  <@row><@cell align="left">行政强制</@cell><@parts.values table=t2 row="行政强制" columns=["本年处理决定数量"] colspan=3/></@row>

  <@row><@cell colspan=4>第二十条第（八）项</@cell></@row>
  <@row><@cell>信息内容</@cell><@cell colspan=3>本年收费金额（单位：万元）</@cell></@row>
  <@row><@cell align="left">行政事业性收费</@cell><@parts.values table=t2 row="行政事业性收费" columns=["本年收费金额"] colspan=3/></@row>
</@table>

<@heading level=1>三、收到和处理政府信息公开申请情况</@heading>
<@table widths=[10, 36, 50, 15, 15, 15, 15, 15, 15, 15] header=3>
  <@parts.requestsHeader/>
  <@parts.requestsStart/>
  <@parts.requestsResultsOneToFive resultRowspan=22/>
  <@parts.group label="（六）其他处理" key="其他处理" items=["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"]/>
  <@parts.requestsEnd/>
</@table>

<@parts.appeals/>
<@parts.back/>
